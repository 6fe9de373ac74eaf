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
http-unknown = Naməlum status
    .description = Status kodu etibarlı HTTP status kodu deyil; etibarlı kodlar 100-dən 599-a qədər olan üçrəqəmli ədədlərdir.
    .advice = Gözlənilməz bir şey baş verdi. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Məlumat
    .description = Aralıq cavab: server sorğunu alıb və hələ də onun üzərində işləyir. Yekun cavab bundan sonra gələcək.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Uğur
    .description = Server sorğunu aldı, başa düşdü və qəbul etdi.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Yönləndirmə
    .description = Sorğunu tamamlamaq üçün müştəri əlavə əməliyyat yerinə yetirməlidir; bu, adətən başqa ünvana aparan keçidə keçməkdir.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Müştəri xətası
    .description = Sorğuda xəta var və ya sorğu göndərildiyi şəkildə yerinə yetirilə bilməz; müştərinin onu dəyişmədən təkrarlaması tövsiyə olunmur.
    .advice = Ünvanı və daxil etdiyiniz məlumatları yoxlayın, sonra yenidən cəhd edin.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Server xətası
    .description = Server etibarlı görünən sorğunu yerinə yetirə bilmədi.
    .advice = Problem bizim tərəfimizdədir. Zəhmət olmasa, bir neçə dəqiqədən sonra yenidən cəhd edin.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Davam
    .description = Server sorğunun başlıqlarını alıb və müştəri sorğunun gövdəsini göndərməyə davam edə bilər.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Protokolun dəyişdirilməsi
    .description = Server müştərinin Upgrade sorğusu ilə razılaşır və cavabda göstərilən protokola, məsələn, WebSocket-ə keçir.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Emal
    .description = WebDAV: server sorğunu qəbul edib və hələ də emal edir, ona görə də müştərinin sorğunu gözləmə vaxtının bitməsi səbəbindən kəsməməsi tövsiyə olunur.
# 103 Early Hints, RFC 8297.
http-103 = İlkin göstərişlər
    .description = Yekun cavabdan əvvəl göndərilir ki, müştəri Link başlıqlarında göstərilən resursları əvvəlcədən yükləməyə başlaya bilsin.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Yükləməni davam etdirmə dəstəyi
    .description = Server davam etdirilə bilən yükləmələri dəstəkləyir və müştəriyə kəsilmiş yükləməni haradan davam etdirə biləcəyini bildirir. Bu kod yalnız müvəqqəti qeydiyyatdan keçib.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Sorğu uğurla yerinə yetirildi. Cavabın nədən ibarət olması sorğu metodundan asılıdır.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Yaradılmış resurs
    .description = Sorğu uğurla yerinə yetirildi və bir və ya bir neçə yeni resurs yaratdı; onlar adətən Location başlığı ilə müəyyən edilir.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Qəbul edilmiş sorğu
    .description = Sorğu emal üçün qəbul edilib, lakin emal hələ başa çatmayıb və uğursuz ola bilər.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Qeyri-mötəbər məlumat
    .description = Sorğu uğurla yerinə yetirildi, lakin çevirici proksi server mənbə serverinin göndərdiyi məzmunu dəyişdirib.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Məzmunsuz cavab
    .description = Sorğu uğurla yerinə yetirildi və cavabın gövdəsində göndəriləcək məzmun yoxdur.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Məzmunun sıfırlanması
    .description = Sorğu uğurla yerinə yetirildi; müştərinin sorğunu göndərən formanı və ya görünüşü, məsələn, yeni məlumat daxil etməyə imkan vermək üçün sıfırlaması tövsiyə olunur.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Qismən məzmun
    .description = Server resursun yalnız müştərinin Range başlığı ilə istədiyi hissələrini göndərir.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Çoxsaylı statuslar
    .description = WebDAV: gövdə bir neçə resursun hər biri üçün ayrıca status olan XML sənədidir.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Artıq bildirilmiş üzvlər
    .description = WebDAV: bu kolleksiyanın üzvləri eyni cavabda artıq əvvəl sadalanıb və təkrarlanmır.
# 226 IM Used, RFC 3229.
http-226 = IM Used
    .description = Server GET sorğusunu delta kodlaşdırma ilə yerinə yetirdi: cavab cari resursa tətbiq edilmiş nüsxə manipulyasiyalarının nəticəsidir.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Çoxsaylı seçimlər
    .description = Resurs bir neçə təqdimatda mövcuddur və müştəri və ya istifadəçi onlardan birini seçə bilər.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Daimi köçürülmə
    .description = Resursun Location başlığında göstərilən yeni daimi ünvanı var; keçidlərin bu ünvana yenilənməsi tövsiyə olunur.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Tapılmış resurs
    .description = Resurs müvəqqəti olaraq Location başlığında göstərilən başqa ünvandadır. Müştərilər bu yönləndirməni izləyərkən adətən POST sorğusunu GET sorğusuna dəyişirlər.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Başqa resursa istinad
    .description = Müştərinin Location başlığında göstərilən başqa resursu GET sorğusu ilə alması tövsiyə olunur, məsələn, forma göndərildikdən sonra nəticə səhifəsini.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Dəyişdirilməmiş resurs
    .description = Şərti GET və ya HEAD sorğusu resursun dəyişmədiyini müəyyən etdi, buna görə müştəri keşdəki nüsxəsindən istifadə edə bilər.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Proksi serverdən istifadə
    .description = Köhnəlmiş: vaxtilə müştəridən sorğunu proksi server vasitəsilə təkrarlamağı xahiş edirdi. Təhlükəsizlik səbəbindən müştərilər artıq buna əməl etmir.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Proksi serverin dəyişdirilməsi (istifadə olunmur)
    .description = Ehtiyatda saxlanılır: bu kod HTTP-nin əvvəlki layihə versiyalarından birində istifadə olunub və artıq istifadə edilmir.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Müvəqqəti yönləndirmə
    .description = Resurs müvəqqəti olaraq başqa ünvandadır və müştəri sorğunu orada eyni metod və gövdə ilə təkrarlamalıdır.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Daimi yönləndirmə
    .description = Resursun yeni daimi ünvanı var və müştəri sorğunu orada eyni metod və gövdə ilə təkrarlamalıdır.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Yanlış sorğu
    .description = Server müştəri xətası səbəbindən sorğunu emal edə bilmir, məsələn, sintaksis səhvi və ya mesajın yanlış çərçivələnməsi.
    .advice = Ünvanı və ya göndərdiyiniz formanı yoxlayın, sonra yenidən cəhd edin.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Avtorizasiyasız sorğu
    .description = Sorğuda etibarlı autentifikasiya məlumatları yoxdur; WWW-Authenticate başlığı autentifikasiyadan necə keçməyi göstərir.
    .advice = Daxil olun, sonra yenidən cəhd edin.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Ödəniş tələbi
    .description = Gələcəkdə istifadə üçün ehtiyatda saxlanılır. Bəzi xidmətlər ödəniş və ya abunə tələb olunduqda bu kodu göndərir.
    .advice = Bu məzmun üçün ödəniş və ya abunə tələb oluna bilər.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Qadağan edilmiş giriş
    .description = Server sorğunu başa düşdü, lakin onu yerinə yetirməkdən imtina edir; yenidən daxil olmaq bunu dəyişməyəcək.
    .advice = Bu səhifəyə baxmaq üçün icazəniz yoxdur.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Tapılmayan resurs
    .description = Server bu ünvanda heç nə tapmadı və burada nə vaxtsa nəsə tapılıb-tapılmayacağını deyə bilmir.
    .advice = Ünvanda yazı səhvi olub-olmadığını yoxlayın və ya əsas səhifəyə qayıdın.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = İcazə verilməyən metod
    .description = Resurs sorğu metodunu dəstəkləmir; Allow başlığı onun dəstəklədiyi metodları sadalayır.
    .advice = Bu əməliyyat burada mümkün deyil. Geri qayıdın və başqa üsulla cəhd edin.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Qəbuledilməz cavab
    .description = Serverdə resursun sorğunun Accept başlıqlarına uyğun gələn təqdimatı yoxdur.
    .advice = Bu səhifə brauzerinizin qəbul etdiyi formatda və ya dildə mövcud deyil.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Proksi serverdə autentifikasiya tələbi
    .description = 401 koduna bənzəyir, lakin müştəri əvvəlcə Proxy-Authenticate başlığında təsvir edildiyi kimi proksi serverdə autentifikasiyadan keçməlidir.
    .advice = Şəbəkənizin proksi serverinə daxil olun, sonra yenidən cəhd edin.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Sorğunun gözləmə vaxtının bitməsi
    .description = Server gözləməyə hazır olduğu müddət ərzində tam sorğunu almadı və bağlantını bağladı.
    .advice = Bağlantı çox uzun çəkdi. Zəhmət olmasa, yenidən cəhd edin.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Ziddiyyət
    .description = Sorğu resursun cari vəziyyəti ilə ziddiyyət təşkil edir, məsələn, köhnəlmiş versiyaya əsaslanan düzəliş.
    .advice = Ola bilsin ki, kimsə eyni vaxtda bu məzmunu dəyişib. Səhifəni yenidən yükləyin və bir daha cəhd edin.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Həmişəlik silinmiş resurs
    .description = Resurs qəsdən silinib və geri qayıtmayacaq; ona aparan keçidlərin silinməsi tövsiyə olunur.
    .advice = Bu səhifə həmişəlik silinib.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Uzunluq tələbi
    .description = Server gövdəsi olan, lakin Content-Length başlığı olmayan sorğunu rədd edir.
    .advice = Brauzeriniz natamam sorğu göndərdi. Zəhmət olmasa, yenidən cəhd edin.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = İlkin şərtin ödənilməməsi
    .description = Sorğu başlıqlarındakı şərt, məsələn, If-Match və ya If-Unmodified-Since, serverdə yoxlanarkən yanlış nəticə verdi.
    .advice = Səhifəni yüklədiyinizdən sonra məzmun dəyişib. Səhifəni yenidən yükləyin və bir daha cəhd edin.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Həddən artıq böyük məzmun
    .description = Sorğunun məzmunu serverin emal etməyə hazır olduğundan və ya emal edə bildiyindən böyükdür.
    .advice = Göndərdiyiniz məlumat həddən artıq böyükdür. Daha kiçik fayl göndərməyə cəhd edin.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = Həddən artıq uzun URI
    .description = Sorğunun hədəf URI-si serverin şərh etməyə razı olduğundan uzundur.
    .advice = Ünvan həddən artıq uzundur. Onu yoxlayın və ya əsas səhifədən yenidən başlayın.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Dəstəklənməyən media növü
    .description = Server sorğu məzmununun Content-Type və ya Content-Encoding ilə göstərilən formatını dəstəkləmir.
    .advice = Bu fayl növü burada dəstəklənmir.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Təmin edilə bilməyən diapazon
    .description = Sorğunun Range başlığındakı diapazonların heç biri resursun cari ölçüsü ilə üst-üstə düşmür.
    .advice = Tələb etdiyiniz fayl hissəsi mövcud deyil. Faylı yenidən əvvəldən endirməyə cəhd edin.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Gözləntinin ödənilməməsi
    .description = Server sorğunun Expect başlığında göstərilən gözləntini yerinə yetirə bilmir.
    .advice = Brauzeriniz bu serverin emal edə bilmədiyi sorğu göndərdi. Zəhmət olmasa, yenidən cəhd edin.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = «Mən çaydanam» (istifadə olunmur)
    .description = Ehtiyatda saxlanılır: RFC 2324-dəki 1 aprel zarafatı o qədər geniş tətbiq olunub ki, bu kod başqa heç nə üçün istifadə edilə bilməz.
    .advice = Server bu sorğunu zarafat xarakterli status kodu ilə rədd etdi.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Sakitləşmə çağırışı
    .description = Qeyri-rəsmi kod (Twitter-in erkən API-si): müştərinin sorğu tezliyi məhdudlaşdırılır. Standart serverlər bunun əvəzinə 429 kodundan istifadə edir.
    .advice = Qısa müddətdə həddən artıq çox sorğu göndərilib. Bir az gözləyin, sonra yenidən cəhd edin.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Yanlış ünvanlanmış sorğu
    .description = Sorğu bu sxem, host və port birləşməsi üçün cavab verməyə konfiqurasiya edilməmiş serverə çatıb; bu, çox vaxt təkrar istifadə olunan bağlantı vasitəsilə baş verir.
    .advice = Zəhmət olmasa, yenidən cəhd edin. Problem davam edərsə, brauzerinizi yenidən başladın.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Emal edilə bilməyən məzmun
    .description = Sorğu düzgün formalaşdırılıb, lakin server onun məzmununu emal edə bilmir, məsələn, validasiya xətalarına görə.
    .advice = Daxil etdiyiniz məlumatların bir hissəsi düzgün deyil. Onları yoxlayın və yenidən cəhd edin.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Kilidlənmiş resurs
    .description = WebDAV: resurs kilidlənib, buna görə bu metod ona tətbiq edilə bilməz.
    .advice = Bu məzmun kilidlənib, çünki başqa biri onun üzərində işləyir. Daha sonra yenidən cəhd edin.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Uğursuz asılılıq
    .description = WebDAV: metod icra oluna bilmədi, çünki onun asılı olduğu başqa əməliyyat uğursuz oldu.
    .advice = Sorğunuz tamamlana bilmədi, çünki əlaqəli addımlardan biri uğursuz oldu. Zəhmət olmasa, yenidən cəhd edin.
# 425 Too Early, RFC 8470.
http-425 = Həddən artıq erkən sorğu
    .description = Server təkrar göndərilə bilən sorğunu, məsələn, TLS erkən məlumatları kimi göndərilmiş sorğunu emal etmək istəmir.
    .advice = Zəhmət olmasa, bir azdan yenidən cəhd edin.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Protokol yeniləməsi tələbi
    .description = Server sorğunu cari protokol üzərindən emal etməkdən imtina edir; Upgrade başlığı keçilməli olan protokolu göstərir.
    .advice = Brauzerinizə daha yeni bağlantı üsulu lazımdır. Brauzerinizi yeniləyin, sonra yenidən cəhd edin.
# 428 Precondition Required, RFC 6585.
http-428 = İlkin şərt tələbi
    .description = Server yeniləmələrin itməsinin qarşısını almaq üçün sorğunun şərti olmasını, məsələn, If-Match ilə göndərilməsini tələb edir.
    .advice = Səhifəni yenidən yükləyin və bir daha cəhd edin.
# 429 Too Many Requests, RFC 6585.
http-429 = Həddən artıq çox sorğu
    .description = Müştəri müəyyən müddət ərzində həddən artıq çox sorğu göndərib; Retry-After başlığı nə qədər gözləmək lazım olduğunu göstərə bilər.
    .advice = Həddən artıq çox sorğu göndərmisiniz. Bir az gözləyin, sonra yenidən cəhd edin.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Həddən artıq böyük sorğu başlığı sahələri
    .description = Server sorğunu rədd edir, çünki başlıq sahələrindən biri və ya hamısı birlikdə həddən artıq böyükdür.
    .advice = Brauzerinizdə bu saytın kukilərini silmək kömək edə bilər. Sonra yenidən cəhd edin.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Giriş sessiyası vaxtının bitməsi
    .description = Qeyri-rəsmi kod (Microsoft IIS): müştərinin sessiyasının vaxtı bitib və istifadəçi yenidən daxil olmalıdır.
    .advice = Sessiyanızın vaxtı bitib. Yenidən daxil olun.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Cavabın olmaması
    .description = Qeyri-rəsmi kod (nginx, yalnız daxili): server heç bir cavab göndərmədən bağlantını bağladı. Bu kod jurnallarda görünür, müştərilərə isə heç vaxt göndərilmir.
    .advice = Server cavab vermədən bağlantını bağladı. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Əlavə məlumatla təkrar cəhd
    .description = Qeyri-rəsmi kod (Microsoft IIS): sorğuda məlumat çatışmırdı; müştəri həmin məlumatı təqdim etdikdən sonra sorğunun təkrarlanması tövsiyə olunur.
    .advice = Bəzi məlumatlar çatışmır. Zəhmət olmasa, yenidən cəhd edin.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Windows Valideyn nəzarəti tərəfindən bloklanma
    .description = Qeyri-rəsmi kod (Microsoft): Windows Valideyn nəzarəti tələb olunan səhifəyə girişi blokladı.
    .advice = Bu kompüterdəki valideyn nəzarəti bu səhifəni bloklayıb.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Hüquqi səbəblərə görə əlçatmazlıq
    .description = Server hüquqi tələbə, məsələn, məhkəmə qərarına görə resursa girişi qadağan edir.
    .advice = Bu məzmun hüquqi səbəblərə görə sizin üçün əlçatan deyil.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Həddən artıq böyük sorğu başlığı
    .description = Qeyri-rəsmi kod (nginx): sorğu və ya onun başlıq sətirlərindən biri həddən artıq böyükdür; 431 kodunun sələfi.
    .advice = Brauzerinizdə bu saytın kukilərini silmək kömək edə bilər. Sonra yenidən cəhd edin.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL sertifikatı xətası
    .description = Qeyri-rəsmi kod (nginx): TLS müştəri autentifikasiyası üçün təqdim edilmiş müştəri sertifikatı etibarsızdır.
    .advice = Təhlükəsizlik sertifikatınız qəbul edilmədi. Saytın administratoru ilə əlaqə saxlayın.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL sertifikatı tələbi
    .description = Qeyri-rəsmi kod (nginx): server TLS müştəri sertifikatı tələb edir, lakin müştəri onu təqdim etməyib.
    .advice = Bu sayt cihazınızdan təhlükəsizlik sertifikatı tələb edir. Saytın administratoru ilə əlaqə saxlayın.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTPS portuna göndərilmiş HTTP sorğusu
    .description = Qeyri-rəsmi kod (nginx): şifrələnməmiş HTTP sorğusu HTTPS gözləyən porta daxil olub.
    .advice = https:// ilə başlayan ünvandan istifadə edin və yenidən cəhd edin.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Müştəri tərəfindən ləğv edilmiş sorğu
    .description = Qeyri-rəsmi kod (nginx jurnalları): müştəri server cavabını göndərə bilməmişdən əvvəl bağlantını bağladı.
    .advice = Sorğu başa çatmamış ləğv edildi. Zəhmət olmasa, yenidən cəhd edin.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Daxili server xətası
    .description = Server sorğunu yerinə yetirməsinə mane olan gözlənilməz vəziyyətlə qarşılaşdı.
    .advice = Bizim tərəfimizdə nəsə səhv getdi. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Reallaşdırılmamış funksiya
    .description = Server sorğunu yerinə yetirmək üçün lazım olan funksionallığı, məsələn, naməlum sorğu metodunu dəstəkləmir.
    .advice = Bu funksiya bu saytda mövcud deyil.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Yanlış şlüz
    .description = Şlüz və ya proksi server müraciət etdiyi yuxarı səviyyəli serverdən etibarsız cavab aldı.
    .advice = Sayt öz serverlərindən biri ilə əlaqə qurmaqda çətinlik çəkir. Zəhmət olmasa, bir neçə dəqiqədən sonra yenidən cəhd edin.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Əlçatmaz xidmət
    .description = Server həddən artıq yüklənmə və ya texniki xidmət səbəbindən hazırda sorğunu emal edə bilmir; Retry-After başlığı nə vaxt yenidən cəhd etməyin mümkün olduğunu göstərə bilər.
    .advice = Sayt müvəqqəti olaraq əlçatan deyil. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Şlüzdə gözləmə vaxtının bitməsi
    .description = Şlüz və ya proksi server yuxarı səviyyəli serverdən vaxtında cavab almadı.
    .advice = Saytın cavab verməsi çox uzun çəkir. Zəhmət olmasa, bir neçə dəqiqədən sonra yenidən cəhd edin.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Dəstəklənməyən HTTP versiyası
    .description = Server sorğuda istifadə olunan HTTP-nin əsas versiyasını dəstəkləmir.
    .advice = Brauzeriniz bu serverin dəstəkləmədiyi bağlantı üsulundan istifadə edir. Brauzerinizi yeniləyin, sonra yenidən cəhd edin.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Özü də razılaşdırma aparan variant
    .description = Serverdə şəffaf məzmun razılaşdırması səhv konfiqurasiya edilib: seçilmiş variantın özü də razılaşdırma aparmaq üçün qurulub.
    .advice = Sayt səhv konfiqurasiya edilib. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Yaddaş çatışmazlığı
    .description = WebDAV: server sorğunu tamamlamaq üçün lazım olanı saxlaya bilmir.
    .advice = Serverin yaddaş sahəsi bitib. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Dövrün aşkarlanması
    .description = WebDAV: server əməliyyatı dayandırdı, çünki sonsuz dövr aşkarladı, məsələn, Depth dəyəri infinity olan bağlamalarda.
    .advice = Server sorğunuzu emal edərkən dövr aşkarladı. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Ötürmə qabiliyyəti limitinin aşılması
    .description = Qeyri-rəsmi kod (Apache və cPanel hostinqi): sayt hostinq planının icazə verdiyi ötürmə qabiliyyəti limitini tam sərf edib.
    .advice = Bu sayt icazə verilən trafik həddini aşıb. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Genişləndirilməmiş sorğu
    .description = Qüvvədən düşmüş: sorğu HTTP Genişləndirmə Çərçivəsinin genişləndirmə siyasətinə uyğun gəlmədi; bu çərçivə artıq tarixi statusdadır.
    .advice = Server bu sorğunu emal edə bilmədi. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 511 Network Authentication Required, RFC 6585.
http-511 = Şəbəkə autentifikasiyası tələbi
    .description = Şəbəkəyə giriş əldə etmək üçün müştəri autentifikasiyadan keçməlidir; bu, adətən avtorizasiya portalının giriş səhifəsi vasitəsilə edilir.
    .advice = Qoşulduğunuz şəbəkəyə daxil olun, məsələn, onun Wi-Fi giriş səhifəsində.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Veb serverin naməlum xətası
    .description = Qeyri-rəsmi kod (Cloudflare): mənbə serveri boş, naməlum və ya gözlənilməz cavab qaytardı.
    .advice = Saytın serveri gözlənilməz cavab verdi. Zəhmət olmasa, bir neçə dəqiqədən sonra yenidən cəhd edin.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = İşləməyən veb server
    .description = Qeyri-rəsmi kod (Cloudflare): mənbə serveri bağlantını rədd etdi.
    .advice = Saytın serveri hazırda əlçatan deyil. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Bağlantının gözləmə vaxtının bitməsi
    .description = Qeyri-rəsmi kod (Cloudflare): mənbə serveri ilə TCP bağlantısının gözləmə vaxtı bitdi.
    .advice = Saytın serverinin cavab verməsi çox uzun çəkdi. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Əlçatmaz mənbə serveri
    .description = Qeyri-rəsmi kod (Cloudflare): Cloudflare mənbə serverinə çata bilmədi, məsələn, DNS və ya marşrutlaşdırma problemi səbəbindən.
    .advice = Saytın serveri hazırda əlçatan deyil. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Gözləmə vaxtının bitməsi
    .description = Qeyri-rəsmi kod (Cloudflare): mənbə serveri ilə bağlantı quruldu, lakin server vaxtında HTTP cavabı göndərmədi.
    .advice = Saytın serverinin cavab verməsi çox uzun çəkdi. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Uğursuz SSL əl sıxması
    .description = Qeyri-rəsmi kod (Cloudflare): Cloudflare ilə mənbə serveri arasında TLS əl sıxması uğursuz oldu.
    .advice = Saytın serveri ilə təhlükəsiz bağlantı qurmaq mümkün olmadı. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Etibarsız SSL sertifikatı
    .description = Qeyri-rəsmi kod (Cloudflare): Cloudflare mənbə serverinin TLS sertifikatını təsdiqləyə bilmədi.
    .advice = Saytın təhlükəsizlik sertifikatını yoxlamaq mümkün olmadı. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Mənbə serverinin DNS xətası
    .description = Qeyri-rəsmi kod (Cloudflare): Cloudflare-in 1xxx xətası ilə birlikdə göndərilir, əksər hallarda mənbə serverinin DNS adını həll etmək mümkün olmadıqda.
    .advice = Sayta hazırda çatmaq mümkün deyil. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Şəbəkədən oxumanın gözləmə vaxtının bitməsi
    .description = Qeyri-rəsmi kod (bəzi proksi serverlərin təcrübəsi): cavabı yuxarı səviyyəli serverdən oxuyarkən gözləmə vaxtı bitdi.
    .advice = Saytın cavab verməsi çox uzun çəkdi. Zəhmət olmasa, daha sonra yenidən cəhd edin.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Şəbəkəyə qoşulmanın gözləmə vaxtının bitməsi
    .description = Qeyri-rəsmi kod (bəzi proksi serverlərin təcrübəsi): yuxarı səviyyəli serverə qoşularkən gözləmə vaxtı bitdi.
    .advice = Sayta vaxtında qoşulmaq mümkün olmadı. Zəhmət olmasa, daha sonra yenidən cəhd edin.
