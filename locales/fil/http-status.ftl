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
http-unknown = Hindi kilala ang status
    .description = Hindi wastong HTTP status code ang status code na ito; ang mga wastong code ay tatlong-digit na numero mula 100 hanggang 599.
    .advice = May hindi inaasahang nangyari. Pakisubukang muli mamaya.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Nagbibigay ng impormasyon
    .description = Pansamantalang tugon: natanggap na ng server ang kahilingan at pinoproseso pa ito. Susunod ang panghuling tugon.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Matagumpay
    .description = Natanggap, naunawaan, at tinanggap ng server ang kahilingan.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Nire-redirect
    .description = Kailangang gumawa ng karagdagang hakbang ang client para makumpleto ang kahilingan, kadalasan ay ang pagsunod sa isang link papunta sa ibang address.
# 4xx class, RFC 9110 section 15.5.
http-4xx = May error sa panig ng client
    .description = May mali sa kahilingan o hindi ito matutupad sa paraan ng pagkakapadala nito; hindi ito dapat ulitin ng client nang walang binabago.
    .advice = Tingnan ninyo ang address at ang inyong inilagay, at saka subukang muli.
# 5xx class, RFC 9110 section 15.6.
http-5xx = May error sa panig ng server
    .description = Hindi natupad ng server ang isang kahilingang mukhang wasto.
    .advice = Nasa panig namin ang problema. Pakisubukang muli pagkalipas ng ilang minuto.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Magpatuloy
    .description = Natanggap na ng server ang mga header ng kahilingan at maaari nang ituloy ng client ang pagpapadala ng body ng kahilingan.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Nagpapalit ng protocol
    .description = Pumapayag ang server sa Upgrade na kahilingan ng client at lumilipat ito sa protocol na nakasaad sa tugon, halimbawa sa WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Pinoproseso
    .description = WebDAV: tinanggap na ng server ang kahilingan at pinoproseso pa ito, kaya hindi dapat mag-timeout ang client.
# 103 Early Hints, RFC 8297.
http-103 = May maagang pahiwatig
    .description = Ipinapadala bago ang panghuling tugon para masimulan na ng client ang maagang pag-load ng mga resource na nakasaad sa mga Link header.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Sinusuportahan ang pagpapatuloy ng upload
    .description = Sinusuportahan ng server ang mga upload na maaaring ipagpatuloy, at sinasabi nito sa client kung saan maipagpapatuloy ang naantalang upload. Pansamantala lamang ang pagkakarehistro ng code na ito.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Nagtagumpay ang kahilingan. Nakadepende sa method ng kahilingan ang laman ng tugon.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Nalikha
    .description = Nagtagumpay ang kahilingan at lumikha ito ng isa o higit pang bagong resource, na kadalasang tinutukoy ng Location header.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Tinanggap
    .description = Tinanggap ang kahilingan para iproseso, pero hindi pa tapos ang pagproseso at maaari pa itong mabigo.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Hindi awtoritatibo ang impormasyon
    .description = Nagtagumpay ang kahilingan, pero binago ng isang proxy na nagta-transform ng nilalaman ang ipinadala ng pinagmulang server.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Walang nilalaman
    .description = Nagtagumpay ang kahilingan at walang nilalamang ipapadala sa body ng tugon.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = I-reset ang nilalaman
    .description = Nagtagumpay ang kahilingan at dapat i-reset ng client ang form o view na nagpadala nito, halimbawa para makapaglagay ng bagong input.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Bahagi lamang ang nilalaman
    .description = Ipinapadala lamang ng server ang mga bahagi ng resource na hiningi ng client gamit ang isang Range header.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Maraming status
    .description = WebDAV: ang body ay isang XML na dokumento na may hiwalay na status para sa bawat isa sa ilang resource.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Naiulat na
    .description = WebDAV: nailista na ang mga miyembro ng koleksyong ito sa naunang bahagi ng parehong tugon at hindi na inuulit.
# 226 IM Used, RFC 3229.
http-226 = Ginamit ang IM
    .description = Tinupad ng server ang isang GET na kahilingan gamit ang delta encoding: ang tugon ay resulta ng mga instance manipulation na inilapat sa kasalukuyang resource.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Maraming pagpipilian
    .description = Available ang resource sa ilang representasyon at maaaring pumili ng isa sa mga ito ang client, o ang user.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Permanenteng inilipat
    .description = May bagong permanenteng address ang resource, na nakasaad sa Location header; dapat i-update ang mga link para tumuro rito.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Nahanap
    .description = Pansamantalang nasa ibang address ang resource, na nakasaad sa Location header. Karaniwang ginagawang GET ng mga client ang POST kapag sinusundan ito.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Tingnan ang iba
    .description = Dapat kunin ng client gamit ang GET na kahilingan ang ibang resource na nakasaad sa Location header, halimbawa ang pahina ng resulta pagkatapos magsumite ng form.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Hindi binago
    .description = Napag-alaman ng isang GET o HEAD na kahilingang may kondisyon na hindi nagbago ang resource, kaya magagamit ng client ang naka-cache nitong kopya.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Gumamit ng proxy
    .description = Hindi na inirerekomenda: dati nitong hinihiling sa client na ulitin ang kahilingan sa pamamagitan ng isang proxy. Hindi na ito sinusunod ng mga client dahil sa mga dahilang pangseguridad.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Palitan ang proxy (hindi ginagamit)
    .description = Nakareserba: ginamit ang code na ito sa isang naunang draft ng HTTP at hindi na ginagamit ngayon.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Pansamantalang na-redirect
    .description = Pansamantalang nasa ibang address ang resource, at kailangang ulitin doon ng client ang kahilingan gamit ang parehong method at body.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Permanenteng na-redirect
    .description = May bagong permanenteng address ang resource, at kailangang ulitin doon ng client ang kahilingan gamit ang parehong method at body.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Hindi wasto ang kahilingan
    .description = Hindi maproseso ng server ang kahilingan dahil sa error ng client, gaya ng maling pagkakabuo ng syntax o hindi wastong framing ng mensahe.
    .advice = Tingnan ninyo ang address o ang form na inyong isinumite, at saka subukang muli.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Hindi awtorisado
    .description = Walang wastong kredensyal sa pagpapatotoo ang kahilingan; sinasabi ng WWW-Authenticate header kung paano magpatotoo.
    .advice = Mag-sign in kayo, at saka subukang muli.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Kailangan ng bayad
    .description = Nakareserba para sa paggamit sa hinaharap. Ipinapadala ito ng ilang serbisyo kapag kailangan ng bayad o subscription.
    .advice = Maaaring kailanganin ang bayad o subscription para sa nilalamang ito.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Ipinagbabawal
    .description = Naunawaan ng server ang kahilingan pero tumatanggi itong tuparin ito; hindi ito mababago ng muling pag-sign in.
    .advice = Wala kayong pahintulot na tingnan ang pahinang ito.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Hindi nahanap
    .description = Walang nahanap ang server sa address na ito, at hindi nito masabi kung may mahahanap pa ito roon kailanman.
    .advice = Tingnan ninyo kung may maling pagkaka-type sa address, o bumalik sa home page.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Hindi pinapayagan ang method
    .description = Hindi sinusuportahan ng resource ang method ng kahilingan; inililista ng Allow header ang mga method na sinusuportahan nito.
    .advice = Hindi available dito ang aksiyong ito. Bumalik kayo at subukan sa ibang paraan.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Hindi katanggap-tanggap
    .description = Walang representasyon ng resource ang server na tumutugma sa mga Accept header ng kahilingan.
    .advice = Hindi available ang pahinang ito sa format o wikang tinatanggap ng inyong browser.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Kailangan ng pagpapatotoo sa proxy
    .description = Katulad ng 401, pero kailangan munang magpatotoo ng client sa isang proxy, ayon sa inilalarawan ng Proxy-Authenticate header.
    .advice = Mag-sign in kayo sa proxy ng inyong network, at saka subukang muli.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Nag-timeout ang kahilingan
    .description = Hindi nakatanggap ang server ng kumpletong kahilingan sa loob ng oras na handa itong maghintay, at isinara nito ang koneksyon.
    .advice = Masyadong natagalan ang koneksyon. Pakisubukang muli.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = May salungatan
    .description = Sumasalungat ang kahilingan sa kasalukuyang estado ng resource, halimbawa isang pagbabagong batay sa lumang bersyon.
    .advice = Maaaring binago rin ng ibang tao ang nilalamang ito nang kasabay ninyo. I-reload ninyo ang pahina at subukang muli.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Wala na
    .description = Sadyang inalis ang resource at hindi na ito babalik; dapat burahin ang mga link papunta rito.
    .advice = Permanente nang inalis ang pahinang ito.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Kailangang tukuyin ang haba
    .description = Tinatanggihan ng server ang kahilingang may body pero walang Content-Length header.
    .advice = Nagpadala ang inyong browser ng hindi kumpletong kahilingan. Pakisubukang muli.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Hindi natugunan ang paunang kondisyon
    .description = Lumabas na hindi totoo sa server ang isang kondisyon sa mga header ng kahilingan, gaya ng If-Match o If-Unmodified-Since.
    .advice = Nagbago ang nilalaman mula nang i-load ninyo ito. I-reload ninyo ang pahina at subukang muli.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Masyadong malaki ang nilalaman
    .description = Mas malaki ang nilalaman ng kahilingan kaysa sa handa o kayang iproseso ng server.
    .advice = Masyadong malaki ang inyong ipinadala. Subukan ninyo ang mas maliit na file.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = Masyadong mahaba ang URI
    .description = Mas mahaba ang target na URI ng kahilingan kaysa sa handang bigyang-kahulugan ng server.
    .advice = Masyadong mahaba ang address. Tingnan ninyo ito, o magsimulang muli mula sa home page.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Hindi sinusuportahan ang uri ng media
    .description = Hindi sinusuportahan ng server ang format ng nilalaman ng kahilingan, ayon sa nakasaad sa Content-Type o Content-Encoding.
    .advice = Hindi sinusuportahan dito ang ganitong uri ng file.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Hindi maibigay ang saklaw
    .description = Wala sa mga saklaw na nasa Range header ng kahilingan ang pumapasok, kahit bahagya, sa kasalukuyang laki ng resource.
    .advice = Hindi available ang hiniling na bahagi ng file. Subukan ninyong i-download itong muli mula sa simula.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Hindi natugunan ang inaasahan
    .description = Hindi matugunan ng server ang inaasahang nakasaad sa Expect header ng kahilingan.
    .advice = Nagpadala ang inyong browser ng kahilingang hindi kayang asikasuhin ng server na ito. Pakisubukang muli.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Isa akong tsarera (hindi ginagamit)
    .description = Nakareserba: isang biro para sa April Fools' mula sa RFC 2324 na lumaganap nang husto kaya hindi na magagamit ang code para sa ibang layunin.
    .advice = Tinanggihan ng server ang kahilingang ito gamit ang isang pabirong status code.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Huminahon muna
    .description = Hindi opisyal na code (naunang API ng Twitter): nililimitahan ang dalas ng mga kahilingan ng client. Sa halip nito, 429 ang ginagamit ng mga server na sumusunod sa pamantayan.
    .advice = Masyadong maraming kahilingan sa maikling panahon. Maghintay muna kayo sandali, at saka subukang muli.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Maling naipadala ang kahilingan
    .description = Nakarating ang kahilingan sa isang server na hindi naka-configure na tumugon para sa scheme at authority (host at port) na ito, kadalasan sa pamamagitan ng muling ginamit na koneksyon.
    .advice = Pakisubukang muli. Kung magpapatuloy ang problema, i-restart ninyo ang inyong browser.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Hindi maproseso ang nilalaman
    .description = Maayos ang pagkakabuo ng kahilingan, pero hindi magawan ng aksiyon ng server ang nilalaman nito, halimbawa dahil sa mga error sa pag-validate.
    .advice = Hindi wasto ang ilan sa inyong inilagay. Tingnan ninyo ang mga ito at subukang muli.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Naka-lock
    .description = WebDAV: naka-lock ang resource, kaya hindi mailalapat dito ang method na ito.
    .advice = Naka-lock ang nilalamang ito dahil may ibang gumagawa rito. Subukan ninyong muli mamaya.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Nabigo ang kinasasalalayang aksiyon
    .description = WebDAV: hindi naisagawa ang method dahil nabigo ang isa pang aksiyon na kinasasalalayan nito.
    .advice = Hindi nakumpleto ang inyong kahilingan dahil nabigo ang isang kaugnay na hakbang. Pakisubukang muli.
# 425 Too Early, RFC 8470.
http-425 = Masyadong maaga
    .description = Hindi handa ang server na iproseso ang kahilingang maaaring i-replay, gaya ng ipinadala bilang early data ng TLS.
    .advice = Pakisubukang muli maya-maya.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Kailangang mag-upgrade
    .description = Tinatanggihan ng server ang kahilingan sa kasalukuyang protocol; pinangangalanan ng Upgrade header ang protocol na dapat lipatan.
    .advice = Kailangan ng inyong browser ng mas bagong paraan ng pagkonekta. I-update ninyo ang inyong browser, at saka subukang muli.
# 428 Precondition Required, RFC 6585.
http-428 = Kailangan ng paunang kondisyon
    .description = Hinihingi ng server na may kondisyon ang kahilingan, halimbawa gamit ang If-Match, para maiwasan ang pagkawala ng mga update.
    .advice = I-reload ninyo ang pahina at subukang muli.
# 429 Too Many Requests, RFC 6585.
http-429 = Masyadong maraming kahilingan
    .description = Nagpadala ang client ng masyadong maraming kahilingan sa loob ng isang takdang oras; maaaring sabihin ng isang Retry-After header kung gaano katagal maghihintay.
    .advice = Masyadong marami na ang inyong ginawang kahilingan. Maghintay muna kayo sandali, at saka subukang muli.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Masyadong malaki ang mga header field ng kahilingan
    .description = Tinatanggihan ng server ang kahilingan dahil masyadong malaki ang isang header field, o ang lahat ng ito nang magkakasama.
    .advice = Maaaring makatulong ang pag-clear ng cookies ng site na ito sa inyong browser. Pagkatapos, subukang muli.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Nag-timeout ang pag-sign in
    .description = Hindi opisyal na code (Microsoft IIS): nag-expire na ang session ng client at kailangang mag-sign in muli ng user.
    .advice = Nag-expire na ang inyong session. Mag-sign in kayong muli.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Walang tugon
    .description = Hindi opisyal na code (panloob sa nginx): isinara ng server ang koneksyon nang hindi nagpapadala ng anumang tugon. Lumalabas ito sa mga log, hindi kailanman sa mga client.
    .advice = Isinara ng server ang koneksyon nang walang sagot. Pakisubukang muli mamaya.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Subukang muli kasama ang kulang na impormasyon
    .description = Hindi opisyal na code (Microsoft IIS): may kulang na impormasyon ang kahilingan at dapat itong subukang muli kapag naibigay na ito ng client.
    .advice = May kulang na impormasyon. Pakisubukang muli.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Hinarang ng Mga Kontrol ng Magulang sa Windows
    .description = Hindi opisyal na code (Microsoft): hinarang ng Mga Kontrol ng Magulang sa Windows ang access sa hiniling na pahina.
    .advice = Hinarang ng mga kontrol ng magulang sa computer na ito ang pahinang ito.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Hindi available dahil sa mga legal na dahilan
    .description = Tinatanggihan ng server ang access sa resource dahil sa isang legal na hinihingi, gaya ng utos ng korte.
    .advice = Hindi available sa inyo ang nilalamang ito dahil sa mga legal na dahilan.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Masyadong malaki ang header ng kahilingan
    .description = Hindi opisyal na code (nginx): masyadong malaki ang kahilingan o ang isa sa mga header line nito; isang naunang anyo ng 431.
    .advice = Maaaring makatulong ang pag-clear ng cookies ng site na ito sa inyong browser. Pagkatapos, subukang muli.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = May error sa SSL certificate
    .description = Hindi opisyal na code (nginx): hindi wasto ang certificate ng client na ipinakita para sa pagpapatotoo ng client sa TLS.
    .advice = Hindi tinanggap ang inyong certificate ng seguridad. Makipag-ugnayan kayo sa administrator ng site.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Kailangan ng SSL certificate
    .description = Hindi opisyal na code (nginx): nangangailangan ang server ng certificate ng client para sa TLS at walang ipinakita ang client.
    .advice = Nangangailangan ang site na ito ng certificate ng seguridad mula sa inyong device. Makipag-ugnayan kayo sa administrator ng site.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Naipadala sa HTTPS port ang HTTP na kahilingan
    .description = Hindi opisyal na code (nginx): dumating ang isang hindi naka-encrypt na HTTP na kahilingan sa port na umaasa ng HTTPS.
    .advice = Gumamit kayo ng address na nagsisimula sa https:// at subukang muli.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Kinansela ng client ang kahilingan
    .description = Hindi opisyal na code (mga log ng nginx): isinara ng client ang koneksyon bago maipadala ng server ang tugon nito.
    .advice = Nakansela ang kahilingan bago ito natapos. Pakisubukang muli.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Nagkaroon ng internal na error ang server
    .description = Nakaranas ang server ng hindi inaasahang kondisyon na pumigil dito sa pagtupad ng kahilingan.
    .advice = May nagkaproblema sa panig namin. Pakisubukang muli mamaya.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Hindi ipinatupad
    .description = Hindi sinusuportahan ng server ang kakayahang kailangan para matupad ang kahilingan, gaya ng hindi kilalang method ng kahilingan.
    .advice = Hindi available sa site na ito ang feature na ito.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Nakatanggap ang gateway ng hindi wastong tugon
    .description = Nakatanggap ang isang gateway o proxy ng hindi wastong tugon mula sa upstream na server na kinonektahan nito.
    .advice = Nahihirapan ang site na maabot ang isa sa mga server nito. Pakisubukang muli pagkalipas ng ilang minuto.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Hindi available ang serbisyo
    .description = Hindi maasikaso ng server ang kahilingan sa ngayon dahil sa labis na karga o maintenance; maaaring sabihin ng isang Retry-After header kung kailan susubok muli.
    .advice = Pansamantalang hindi available ang site. Pakisubukang muli mamaya.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Nag-timeout ang gateway
    .description = Hindi nakatanggap sa tamang oras ang isang gateway o proxy ng tugon mula sa upstream na server.
    .advice = Masyadong natatagalan ang pagtugon ng site. Pakisubukang muli pagkalipas ng ilang minuto.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Hindi sinusuportahan ang bersyon ng HTTP
    .description = Hindi sinusuportahan ng server ang pangunahing bersyon ng HTTP na ginamit sa kahilingan.
    .advice = Gumagamit ang inyong browser ng paraan ng pagkonekta na hindi sinusuportahan ng server na ito. I-update ninyo ang inyong browser, at saka subukang muli.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Nakikipag-negosasyon din ang variant
    .description = Mali ang pagkaka-configure ng transparent na negosasyon ng nilalaman sa server: ang napiling variant mismo ay naka-set up para makipag-negosasyon.
    .advice = Mali ang pagkaka-configure ng site. Pakisubukang muli mamaya.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Hindi sapat ang storage
    .description = WebDAV: hindi maiimbak ng server ang kailangan para makumpleto ang kahilingan.
    .advice = Naubusan ng storage ang server. Pakisubukang muli mamaya.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = May natukoy na loop
    .description = WebDAV: itinigil ng server ang operasyon dahil nakatagpo ito ng walang katapusang loop, halimbawa sa mga binding na may Depth na infinity.
    .advice = Naipit sa isang loop ang server habang inaasikaso ang inyong kahilingan. Pakisubukang muli mamaya.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Nalampasan ang limitasyon sa bandwidth
    .description = Hindi opisyal na code (Apache at cPanel hosting): naubos na ng site ang bandwidth na pinapayagan ng hosting plan nito.
    .advice = Lumampas na ang site na ito sa nakalaang traffic nito. Pakisubukang muli mamaya.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Hindi pinalawig
    .description = Lipas na: hindi natugunan ng kahilingan ang extension policy ng HTTP Extension Framework, na nasa katayuang Historic na ngayon.
    .advice = Hindi naasikaso ng server ang kahilingang ito. Pakisubukang muli mamaya.
# 511 Network Authentication Required, RFC 6585.
http-511 = Kailangan ng pagpapatotoo sa network
    .description = Kailangang magpatotoo ng client para magkaroon ng access sa network, karaniwang sa pamamagitan ng pahina sa pag-sign in ng isang captive portal.
    .advice = Mag-sign in kayo sa network kung saan kayo nakakonekta, halimbawa sa pahina nito sa pag-sign in sa Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Nagbalik ang web server ng hindi kilalang error
    .description = Hindi opisyal na code (Cloudflare): nagbalik ang pinagmulang server ng walang laman, hindi kilala, o hindi inaasahang tugon.
    .advice = Hindi inaasahan ang naging tugon ng server ng site. Pakisubukang muli pagkalipas ng ilang minuto.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Hindi gumagana ang web server
    .description = Hindi opisyal na code (Cloudflare): tinanggihan ng pinagmulang server ang koneksyon.
    .advice = Hindi maabot ang server ng site sa ngayon. Pakisubukang muli mamaya.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Nag-timeout ang koneksyon
    .description = Hindi opisyal na code (Cloudflare): nag-timeout ang TCP na koneksyon sa pinagmulang server.
    .advice = Masyadong natagalan bago sumagot ang server ng site. Pakisubukang muli mamaya.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Hindi maabot ang pinagmulang server
    .description = Hindi opisyal na code (Cloudflare): hindi naabot ng Cloudflare ang pinagmulang server, halimbawa dahil sa problema sa DNS o sa routing.
    .advice = Hindi maabot ang server ng site sa ngayon. Pakisubukang muli mamaya.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Nagkaroon ng timeout
    .description = Hindi opisyal na code (Cloudflare): nagtagumpay ang koneksyon sa pinagmulang server, pero hindi ito nagpadala ng HTTP na tugon sa tamang oras.
    .advice = Masyadong natagalan bago sumagot ang server ng site. Pakisubukang muli mamaya.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Nabigo ang SSL handshake
    .description = Hindi opisyal na code (Cloudflare): nabigo ang TLS handshake sa pagitan ng Cloudflare at ng pinagmulang server.
    .advice = Hindi naitatag ang ligtas na koneksyon sa server ng site. Pakisubukang muli mamaya.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Hindi wasto ang SSL certificate
    .description = Hindi opisyal na code (Cloudflare): hindi na-validate ng Cloudflare ang TLS certificate ng pinagmulang server.
    .advice = Hindi na-verify ang certificate ng seguridad ng site. Pakisubukang muli mamaya.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = May error sa DNS ng pinagmulang server
    .description = Hindi opisyal na code (Cloudflare): ipinapadala kasama ng isang 1xxx na error ng Cloudflare, kadalasan kapag hindi ma-resolve ang DNS name ng pinagmulang server.
    .advice = Hindi maabot ang site sa ngayon. Pakisubukang muli mamaya.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Nag-timeout ang pagbasa mula sa network
    .description = Hindi opisyal na code (kumbensyon ng ilang proxy): nag-timeout ang pagbasa ng tugon mula sa upstream na server.
    .advice = Masyadong natagalan ang pagtugon ng site. Pakisubukang muli mamaya.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Nag-timeout ang pagkonekta sa network
    .description = Hindi opisyal na code (kumbensyon ng ilang proxy): nag-timeout ang pagkonekta sa upstream na server.
    .advice = Hindi naabot ang site sa tamang oras. Pakisubukang muli mamaya.
