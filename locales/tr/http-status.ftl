# This Source Code Form is part of http-status-i18n.
#
# Source texts (en-US) for every HTTP status code the catalogue knows.
#
# Each message is one status code:
#   - the value is the title: the reason phrase as a person reads it,
#     short enough for the heading of an error page;
#   - .description is one or two plain sentences for developers: what the
#     code means and when a server sends it;
#   - .advice (4xx and 5xx only) is one sentence for a visitor who sees the
#     code on an error page: what they can do now. Address the visitor,
#     not the developer.
#
# Comments name the code, its registry state and the specification it comes
# from. Protocol words that every language keeps (HTTP, URI, TLS, WebDAV,
# header names such as Content-Length) stay as they are.
# Texts carry no variables.


## Fallback texts: a status code that the catalogue does not know, and the
## five classes. A code without its own message is shown with its class.

# A number that is not an HTTP status code at all (outside 100 to 599).
http-unknown = Bilinmeyen Durum
    .description = Bu durum kodu geçerli bir HTTP durum kodu değil; geçerli kodlar 100 ile 599 arasındaki üç basamaklı sayılardır.
    .advice = Beklenmeyen bir sorun oluştu. Lütfen daha sonra tekrar deneyin.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Bilgilendirme
    .description = Ara yanıt: Sunucu isteği aldı ve üzerinde çalışmaya devam ediyor. Nihai yanıt daha sonra gelir.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Başarılı
    .description = Sunucu isteği aldı, anladı ve kabul etti.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Yönlendirme
    .description = İsteğin tamamlanması için istemcinin ek bir işlem yapması, genellikle başka bir adrese giden bir bağlantıyı izlemesi gerekir.
# 4xx class, RFC 9110 section 15.5.
http-4xx = İstemci Hatası
    .description = İstek bir hata içeriyor veya gönderildiği hâliyle karşılanamıyor; istemci isteği değiştirmeden tekrarlamamalıdır.
    .advice = Adresi ve girdiğiniz bilgileri kontrol edip tekrar deneyin.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Sunucu Hatası
    .description = Sunucu, geçerli görünen bir isteği karşılayamadı.
    .advice = Sorun bizden kaynaklanıyor. Lütfen birkaç dakika sonra tekrar deneyin.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Devam
    .description = Sunucu istek başlıklarını aldı; istemci istek gövdesini göndermeye devam edebilir.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Protokol Değiştiriliyor
    .description = Sunucu, istemcinin Upgrade isteğini kabul eder ve yanıtta belirtilen protokole, örneğin WebSocket'e geçer.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = İşleniyor
    .description = WebDAV: Sunucu isteği kabul etti ve hâlâ işliyor; bu nedenle istemci beklemeyi zaman aşımıyla sonlandırmamalıdır.
# 103 Early Hints, RFC 8297.
http-103 = Erken İpuçları
    .description = Nihai yanıttan önce gönderilir; böylece istemci, Link başlıklarında belirtilen kaynakları önceden yüklemeye başlayabilir.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Yüklemeyi Sürdürme Destekleniyor
    .description = Sunucu, kesintiye uğrayan yüklemelerin kaldığı yerden devam ettirilmesini destekler ve istemciye yarıda kalan bir yüklemeyi nereden devam ettirebileceğini bildirir. Bu kod yalnızca geçici olarak kayıtlıdır.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = Tamam
    .description = İstek başarılı oldu. Yanıtın neyi içerdiği istek yöntemine bağlıdır.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Oluşturuldu
    .description = İstek başarılı oldu ve bir veya daha fazla yeni kaynak oluşturdu; bu kaynaklar genellikle Location başlığıyla belirtilir.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Kabul Edildi
    .description = İstek işlenmek üzere kabul edildi, ancak işlem henüz bitmedi ve yine de başarısız olabilir.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Yetkili Olmayan Bilgi
    .description = İstek başarılı oldu, ancak asıl sunucunun gönderdiği içerik dönüştürücü bir proxy tarafından değiştirildi.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = İçerik Yok
    .description = İstek başarılı oldu; yanıt gövdesinde gönderilecek içerik yok.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = İçeriği Sıfırla
    .description = İstek başarılı oldu; istemci, örneğin yeni veri girilebilmesi için isteği gönderen formu veya görünümü sıfırlamalıdır.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Kısmi İçerik
    .description = Sunucu, kaynağın yalnızca istemcinin Range başlığıyla istediği bölümlerini gönderiyor.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Çoklu Durum
    .description = WebDAV: Gövde, birden fazla kaynağın her biri için ayrı bir durum içeren bir XML belgesidir.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Zaten Bildirildi
    .description = WebDAV: Bu koleksiyonun üyeleri aynı yanıtta daha önce listelendi ve tekrarlanmıyor.
# 226 IM Used, RFC 3229.
http-226 = IM Kullanıldı
    .description = Sunucu bir GET isteğini delta kodlamasıyla karşıladı: Yanıt, geçerli kaynağa uygulanan örnek değişikliklerinin sonucudur.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Birden Fazla Seçenek
    .description = Kaynak birden fazla temsil biçiminde mevcuttur; istemci veya kullanıcı bunlardan birini seçebilir.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Kalıcı Olarak Taşındı
    .description = Kaynağın Location başlığında belirtilen yeni ve kalıcı bir adresi var; bağlantılar bu adrese göre güncellenmelidir.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Bulundu
    .description = Kaynak geçici olarak Location başlığında belirtilen başka bir adreste bulunuyor. İstemciler bu yönlendirmeyi izlerken POST isteğini çoğunlukla GET isteğine çevirir.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Diğerine Bakın
    .description = İstemci, Location başlığında belirtilen başka bir kaynağı GET isteğiyle almalıdır; örneğin bir form gönderildikten sonra gösterilen sonuç sayfasını.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Değiştirilmedi
    .description = Koşullu bir GET veya HEAD isteği kaynağın değişmediğini belirledi; bu nedenle istemci önbellekteki kopyasını kullanabilir.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Proxy Kullanın
    .description = Kullanımdan kaldırıldı: Eskiden istemciden isteği bir proxy üzerinden tekrarlamasını isterdi. İstemciler güvenlik nedeniyle artık bu koda uymaz.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Proxy Değiştir (Kullanılmıyor)
    .description = Ayrılmış: Bu kod HTTP'nin önceki bir taslağında kullanılmıştı ve artık kullanılmıyor.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Geçici Yönlendirme
    .description = Kaynak geçici olarak başka bir adreste bulunuyor; istemci isteği orada aynı yöntem ve aynı gövdeyle tekrarlamalıdır.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Kalıcı Yönlendirme
    .description = Kaynağın yeni ve kalıcı bir adresi var; istemci isteği orada aynı yöntem ve aynı gövdeyle tekrarlamalıdır.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Hatalı İstek
    .description = Sunucu, hatalı söz dizimi veya geçersiz mesaj çerçevelemesi gibi bir istemci hatası nedeniyle isteği işleyemiyor.
    .advice = Adresi veya gönderdiğiniz formu kontrol edip tekrar deneyin.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Yetkisiz
    .description = İstekte geçerli kimlik doğrulama bilgileri yok; kimlik doğrulamanın nasıl yapılacağını WWW-Authenticate başlığı belirtir.
    .advice = Oturum açıp tekrar deneyin.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Ödeme Gerekli
    .description = Gelecekte kullanılmak üzere ayrılmıştır. Bazı hizmetler, ödeme veya abonelik gerektiğinde bu kodu gönderir.
    .advice = Bu içerik için ödeme veya abonelik gerekebilir.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Yasak
    .description = Sunucu isteği anladı ancak karşılamayı reddediyor; yeniden oturum açmak bunu değiştirmez.
    .advice = Bu sayfayı görüntüleme izniniz yok.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Bulunamadı
    .description = Sunucu bu adreste hiçbir şey bulamadı ve ileride bir şey bulunup bulunmayacağını da söyleyemiyor.
    .advice = Adreste yazım hatası olup olmadığını kontrol edin veya ana sayfaya dönün.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = İzin Verilmeyen Yöntem
    .description = Kaynak istek yöntemini desteklemiyor; desteklenen yöntemleri Allow başlığı listeler.
    .advice = Bu işlem burada kullanılamıyor. Geri dönüp başka bir yoldan deneyin.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Kabul Edilemez
    .description = Sunucuda, kaynağın isteğin Accept başlıklarıyla eşleşen bir temsili yok.
    .advice = Bu sayfa, tarayıcınızın kabul ettiği bir biçimde veya dilde mevcut değil.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Proxy Kimlik Doğrulaması Gerekli
    .description = 401 koduna benzer, ancak istemcinin önce Proxy-Authenticate başlığında açıklandığı şekilde bir proxy'de kimlik doğrulaması yapması gerekir.
    .advice = Ağınızın proxy'sinde oturum açıp tekrar deneyin.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = İstek Zaman Aşımı
    .description = Sunucu, beklemeye hazır olduğu süre içinde eksiksiz bir istek almadı ve bağlantıyı kapattı.
    .advice = Bağlantı çok uzun sürdü. Lütfen tekrar deneyin.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Çakışma
    .description = İstek, kaynağın mevcut durumuyla çakışıyor; örneğin eski bir sürüme dayanan bir düzenleme.
    .advice = Bu içerik aynı anda başka biri tarafından değiştirilmiş olabilir. Sayfayı yeniden yükleyip tekrar deneyin.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Kaldırıldı
    .description = Kaynak bilerek kaldırıldı ve geri gelmeyecek; kaynağa giden bağlantılar silinmelidir.
    .advice = Bu sayfa kalıcı olarak kaldırıldı.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Uzunluk Gerekli
    .description = Sunucu, gövdesi olan ancak Content-Length başlığı bulunmayan bir isteği reddediyor.
    .advice = Tarayıcınız eksik bir istek gönderdi. Lütfen tekrar deneyin.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Ön Koşul Sağlanamadı
    .description = İstek başlıklarındaki If-Match veya If-Unmodified-Since gibi bir koşul sunucuda yanlış olarak değerlendirildi.
    .advice = İçerik, siz sayfayı yükledikten sonra değişti. Sayfayı yeniden yükleyip tekrar deneyin.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = İçerik Çok Büyük
    .description = İstek içeriği, sunucunun işlemeye hazır olduğu veya işleyebileceği boyuttan büyük.
    .advice = Gönderdiğiniz veri çok büyük. Daha küçük bir dosya deneyin.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI Çok Uzun
    .description = İsteğin hedef URI'si, sunucunun yorumlamaya hazır olduğu uzunluktan daha uzun.
    .advice = Adres çok uzun. Adresi kontrol edin veya ana sayfadan yeniden başlayın.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Desteklenmeyen Medya Türü
    .description = Sunucu, Content-Type veya Content-Encoding ile belirtilen istek içeriği biçimini desteklemiyor.
    .advice = Bu dosya türü burada desteklenmiyor.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Aralık Karşılanamıyor
    .description = İsteğin Range başlığındaki aralıkların hiçbiri kaynağın mevcut boyutuyla örtüşmüyor.
    .advice = Dosyanın istenen bölümü mevcut değil. Dosyayı baştan yeniden indirmeyi deneyin.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Beklenti Karşılanamadı
    .description = Sunucu, isteğin Expect başlığında belirtilen beklentiyi karşılayamıyor.
    .advice = Tarayıcınız bu sunucunun işleyemeyeceği bir istek gönderdi. Lütfen tekrar deneyin.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Ben Bir Demliğim (Kullanılmıyor)
    .description = Ayrılmış: RFC 2324'teki bir 1 Nisan şakası o kadar yaygın biçimde uygulandı ki bu kod başka bir amaçla kullanılamıyor.
    .advice = Sunucu bu isteği şaka amaçlı bir durum koduyla geri çevirdi.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Sakin Olun
    .description = Resmî olmayan (Twitter'ın eski programlama arayüzü): İstemciye hız sınırı uygulanıyor. Standart sunucular bunun yerine 429 kodunu kullanır.
    .advice = Kısa sürede çok fazla istek gönderildi. Biraz bekleyip tekrar deneyin.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Yanlış Yönlendirilmiş İstek
    .description = İstek, bu şema ve yetki alanı için yanıt verecek şekilde yapılandırılmamış bir sunucuya ulaştı; bu çoğunlukla yeniden kullanılan bir bağlantı yüzünden olur.
    .advice = Lütfen tekrar deneyin. Sorun devam ederse tarayıcınızı yeniden başlatın.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = İşlenemeyen İçerik
    .description = İstek doğru biçimlendirilmiş, ancak sunucu içeriği işleyemiyor; örneğin doğrulama hataları nedeniyle.
    .advice = Girdiğiniz bilgilerin bir kısmı geçerli değil. Kontrol edip tekrar deneyin.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Kilitli
    .description = WebDAV: Kaynak kilitli olduğundan bu yöntem kaynağa uygulanamıyor.
    .advice = Bu içerik, üzerinde başka biri çalıştığı için kilitli. Daha sonra tekrar deneyin.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Başarısız Bağımlılık
    .description = WebDAV: Yöntem, bağlı olduğu başka bir işlem başarısız olduğu için çalıştırılamadı.
    .advice = İlgili bir adım başarısız olduğu için isteğiniz tamamlanamadı. Lütfen tekrar deneyin.
# 425 Too Early, RFC 8470.
http-425 = Çok Erken
    .description = Sunucu, TLS erken verisi olarak gönderilen istekler gibi yeniden oynatılabilecek bir isteği işlemek istemiyor.
    .advice = Lütfen biraz sonra tekrar deneyin.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Yükseltme Gerekli
    .description = Sunucu, isteği mevcut protokol üzerinden kabul etmiyor; geçilmesi gereken protokolü Upgrade başlığı belirtir.
    .advice = Tarayıcınızın daha yeni bir bağlantı yöntemi kullanması gerekiyor. Tarayıcınızı güncelleyip tekrar deneyin.
# 428 Precondition Required, RFC 6585.
http-428 = Ön Koşul Gerekli
    .description = Sunucu, güncellemelerin kaybolmasını önlemek için isteğin koşullu olmasını, örneğin If-Match içermesini şart koşuyor.
    .advice = Sayfayı yeniden yükleyip tekrar deneyin.
# 429 Too Many Requests, RFC 6585.
http-429 = Çok Fazla İstek
    .description = İstemci belirli bir süre içinde çok fazla istek gönderdi; Retry-After başlığı ne kadar beklenmesi gerektiğini belirtebilir.
    .advice = Çok fazla istekte bulundunuz. Biraz bekleyip tekrar deneyin.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = İstek Başlık Alanları Çok Büyük
    .description = Sunucu, başlık alanlarından biri veya tümü birlikte çok büyük olduğu için isteği reddediyor.
    .advice = Tarayıcınızda bu sitenin çerezlerini temizlemek işe yarayabilir. Ardından tekrar deneyin.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Oturum Zaman Aşımı
    .description = Resmî olmayan (Microsoft IIS): İstemcinin oturumunun süresi doldu ve kullanıcının yeniden oturum açması gerekiyor.
    .advice = Oturumunuzun süresi doldu. Lütfen yeniden oturum açın.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Yanıt Yok
    .description = Resmî olmayan (nginx, yalnızca dahili): Sunucu hiçbir yanıt göndermeden bağlantıyı kapattı. Bu kod günlüklerde görünür, istemcilere hiçbir zaman ulaşmaz.
    .advice = Sunucu bağlantıyı yanıt vermeden kapattı. Lütfen daha sonra tekrar deneyin.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Ek Bilgiyle Yeniden Deneyin
    .description = Resmî olmayan (Microsoft IIS): İstekte bilgi eksikti; istemci bu bilgiyi sağladıktan sonra istek yeniden denenmelidir.
    .advice = Bazı bilgiler eksik. Lütfen tekrar deneyin.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Windows Ebeveyn Denetimleri Tarafından Engellendi
    .description = Resmî olmayan (Microsoft): Windows Ebeveyn Denetimleri istenen sayfaya erişimi engelledi.
    .advice = Bu bilgisayardaki ebeveyn denetimleri bu sayfayı engelledi.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Yasal Nedenlerle Kullanılamıyor
    .description = Sunucu, mahkeme kararı gibi yasal bir talep nedeniyle kaynağa erişimi engelliyor.
    .advice = Bu içerik yasal nedenlerle size sunulamıyor.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = İstek Başlığı Çok Büyük
    .description = Resmî olmayan (nginx): İstek veya başlık satırlarından biri çok büyük; 431 kodunun öncülüdür.
    .advice = Tarayıcınızda bu sitenin çerezlerini temizlemek işe yarayabilir. Ardından tekrar deneyin.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL Sertifikası Hatası
    .description = Resmî olmayan (nginx): TLS istemci kimlik doğrulaması için sunulan istemci sertifikası geçersiz.
    .advice = Güvenlik sertifikanız kabul edilmedi. Sitenin yöneticisiyle iletişime geçin.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL Sertifikası Gerekli
    .description = Resmî olmayan (nginx): Sunucu bir TLS istemci sertifikası istiyor, ancak istemci sertifika sunmadı.
    .advice = Bu site, cihazınızdan bir güvenlik sertifikası istiyor. Sitenin yöneticisiyle iletişime geçin.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTPS Bağlantı Noktasına HTTP İsteği Gönderildi
    .description = Resmî olmayan (nginx): HTTPS bekleyen bir bağlantı noktasına şifrelenmemiş bir HTTP isteği geldi.
    .advice = https:// ile başlayan bir adres kullanıp tekrar deneyin.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = İstemci İsteği İptal Etti
    .description = Resmî olmayan (nginx günlükleri): İstemci, sunucu yanıtını gönderemeden bağlantıyı kapattı.
    .advice = İstek tamamlanmadan iptal edildi. Lütfen tekrar deneyin.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = İç Sunucu Hatası
    .description = Sunucu, isteği karşılamasını engelleyen beklenmedik bir durumla karşılaştı.
    .advice = Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Uygulanmadı
    .description = Sunucu, isteği karşılamak için gereken işlevi desteklemiyor; örneğin istek yöntemini tanımıyor.
    .advice = Bu özellik bu sitede kullanılamıyor.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Hatalı Ağ Geçidi
    .description = Bir ağ geçidi veya proxy, bağlandığı yukarı akış sunucusundan geçersiz bir yanıt aldı.
    .advice = Site, sunucularından birine ulaşmakta sorun yaşıyor. Lütfen birkaç dakika sonra tekrar deneyin.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Hizmet Kullanılamıyor
    .description = Sunucu aşırı yük veya bakım nedeniyle isteği şu anda işleyemiyor; Retry-After başlığı ne zaman tekrar denenebileceğini belirtebilir.
    .advice = Site geçici olarak kullanılamıyor. Lütfen daha sonra tekrar deneyin.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Ağ Geçidi Zaman Aşımı
    .description = Bir ağ geçidi veya proxy, yukarı akış sunucusundan zamanında yanıt alamadı.
    .advice = Sitenin yanıt vermesi çok uzun sürüyor. Lütfen birkaç dakika sonra tekrar deneyin.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = HTTP Sürümü Desteklenmiyor
    .description = Sunucu, istekte kullanılan HTTP ana sürümünü desteklemiyor.
    .advice = Tarayıcınız bu sunucunun desteklemediği bir bağlantı yöntemi kullanıyor. Tarayıcınızı güncelleyip tekrar deneyin.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Varyant da Müzakere Ediyor
    .description = Sunucuda şeffaf içerik müzakeresi yanlış yapılandırılmış: Seçilen varyantın kendisi de müzakere yapacak şekilde ayarlanmış.
    .advice = Site yanlış yapılandırılmış. Lütfen daha sonra tekrar deneyin.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Yetersiz Depolama Alanı
    .description = WebDAV: Sunucu, isteği tamamlamak için gerekenleri depolayamıyor.
    .advice = Sunucunun depolama alanı doldu. Lütfen daha sonra tekrar deneyin.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Döngü Algılandı
    .description = WebDAV: Sunucu, örneğin Depth değeri sonsuz olan bağlamalarda sonsuz bir döngü algıladığı için işlemi durdurdu.
    .advice = Sunucu, isteğinizi işlerken bir döngüye girdi. Lütfen daha sonra tekrar deneyin.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Bant Genişliği Sınırı Aşıldı
    .description = Resmî olmayan (Apache ve cPanel barındırma): Site, barındırma paketinin izin verdiği bant genişliğini tüketti.
    .advice = Bu site trafik kotasını aştı. Lütfen daha sonra tekrar deneyin.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Genişletilmedi
    .description = Geçerliliğini yitirdi: İstek, artık tarihî statüde olan HTTP Uzantı Çerçevesi'nin uzantı politikasını karşılamadı.
    .advice = Sunucu bu isteği işleyemedi. Lütfen daha sonra tekrar deneyin.
# 511 Network Authentication Required, RFC 6585.
http-511 = Ağ Kimlik Doğrulaması Gerekli
    .description = İstemcinin ağ erişimi elde etmek için kimlik doğrulaması yapması gerekir; bu genellikle bir ağ giriş portalının oturum açma sayfası üzerinden yapılır.
    .advice = Bağlı olduğunuz ağda, örneğin Wi-Fi oturum açma sayfasında, oturum açın.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Web Sunucusu Bilinmeyen Bir Hata Döndürdü
    .description = Resmî olmayan (Cloudflare): Asıl sunucu boş, bilinmeyen veya beklenmedik bir yanıt döndürdü.
    .advice = Sitenin sunucusu beklenmedik bir yanıt verdi. Lütfen birkaç dakika sonra tekrar deneyin.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Web Sunucusu Çalışmıyor
    .description = Resmî olmayan (Cloudflare): Asıl sunucu bağlantıyı reddetti.
    .advice = Sitenin sunucusuna şu anda ulaşılamıyor. Lütfen daha sonra tekrar deneyin.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Bağlantı Zaman Aşımı
    .description = Resmî olmayan (Cloudflare): Asıl sunucuya yapılan TCP bağlantısı zaman aşımına uğradı.
    .advice = Sitenin sunucusunun yanıt vermesi çok uzun sürdü. Lütfen daha sonra tekrar deneyin.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Asıl Sunucuya Ulaşılamıyor
    .description = Resmî olmayan (Cloudflare): Cloudflare, örneğin bir DNS veya ağ yönlendirme sorunu nedeniyle asıl sunucuya ulaşamadı.
    .advice = Sitenin sunucusuna şu anda ulaşılamıyor. Lütfen daha sonra tekrar deneyin.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Zaman Aşımı
    .description = Resmî olmayan (Cloudflare): Asıl sunucuyla bağlantı kuruldu, ancak sunucu zamanında bir HTTP yanıtı göndermedi.
    .advice = Sitenin sunucusunun yanıt vermesi çok uzun sürdü. Lütfen daha sonra tekrar deneyin.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL El Sıkışması Başarısız Oldu
    .description = Resmî olmayan (Cloudflare): Cloudflare ile asıl sunucu arasındaki TLS el sıkışması başarısız oldu.
    .advice = Sitenin sunucusuyla güvenli bir bağlantı kurulamadı. Lütfen daha sonra tekrar deneyin.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Geçersiz SSL Sertifikası
    .description = Resmî olmayan (Cloudflare): Cloudflare, asıl sunucunun TLS sertifikasını doğrulayamadı.
    .advice = Sitenin güvenlik sertifikası doğrulanamadı. Lütfen daha sonra tekrar deneyin.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Asıl Sunucu DNS Hatası
    .description = Resmî olmayan (Cloudflare): Bir Cloudflare 1xxx hatasıyla birlikte gönderilir; çoğunlukla asıl sunucunun DNS adı çözümlenemediğinde görülür.
    .advice = Siteye şu anda ulaşılamıyor. Lütfen daha sonra tekrar deneyin.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Ağ Okuma Zaman Aşımı Hatası
    .description = Resmî olmayan (bazı proxy'lerde yaygın bir uygulama): Yukarı akış sunucusundan yanıt okunurken zaman aşımı oluştu.
    .advice = Sitenin yanıt vermesi çok uzun sürdü. Lütfen daha sonra tekrar deneyin.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Ağ Bağlantısı Zaman Aşımı Hatası
    .description = Resmî olmayan (bazı proxy'lerde yaygın bir uygulama): Yukarı akış sunucusuna bağlanırken zaman aşımı oluştu.
    .advice = Siteye zamanında ulaşılamadı. Lütfen daha sonra tekrar deneyin.
