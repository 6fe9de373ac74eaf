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
http-unknown = Tundmatu olek
    .description = Olekukood ei ole kehtiv HTTP-olekukood; kehtivad koodid on kolmekohalised arvud vahemikus 100–599.
    .advice = Juhtus midagi ootamatut. Palun proovige hiljem uuesti.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Teave
    .description = Vahevastus: server on päringu kätte saanud ja töötleb seda veel. Lõplik vastus järgneb.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Õnnestumine
    .description = Server sai päringu kätte, mõistis seda ja võttis selle vastu.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Ümbersuunamine
    .description = Päringu lõpuleviimiseks peab klient tegema veel ühe toimingu, tavaliselt järgima linki teisele aadressile.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Kliendi viga
    .description = Päringus on viga või seda ei saa saadetud kujul täita; klient ei peaks seda muutmata kujul kordama.
    .advice = Kontrollige aadressi ja sisestatud andmeid ning proovige siis uuesti.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Serveri viga
    .description = Server ei suutnud täita päringut, mis näib olevat kehtiv.
    .advice = Probleem on meie poolel. Palun proovige mõne minuti pärast uuesti.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Jätkamine
    .description = Server on päringu päised kätte saanud ja klient võib päringu keha saatmist jätkata.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Protokolli vahetamine
    .description = Server nõustub kliendi Upgrade-päringuga ja lülitub ümber vastuses nimetatud protokollile, näiteks WebSocket-protokollile.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Töötlemine
    .description = WebDAV: server on päringu vastu võtnud ja töötleb seda veel, seega ei peaks klient päringut ajalõpu tõttu katkestama.
# 103 Early Hints, RFC 8297.
http-103 = Varajased vihjed
    .description = Saadetakse enne lõplikku vastust, et klient saaks hakata Link-päistes nimetatud ressursse eellaadima.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Üleslaadimise jätkamise tugi
    .description = Server toetab jätkatavaid üleslaadimisi ja teatab kliendile, kus saab katkenud üleslaadimist jätkata. See kood on registreeritud ainult ajutiselt.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Päring õnnestus. Vastuse sisu sõltub päringu meetodist.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Loodud
    .description = Päring õnnestus ja selle tulemusel loodi üks või mitu uut ressurssi, millele viitab tavaliselt Location-päis.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Vastu võetud
    .description = Päring on töötlemiseks vastu võetud, kuid töötlemine pole lõppenud ja võib veel nurjuda.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Mitteautoriteetne teave
    .description = Päring õnnestus, kuid teisendav puhverserver on lähteserveri saadetud sisu muutnud.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Ilma sisuta
    .description = Päring õnnestus ja vastuse kehas pole sisu, mida saata.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Sisu lähtestamine
    .description = Päring õnnestus ja klient peaks lähtestama vormi või vaate, millest päring saadeti, näiteks uue sisestuse võimaldamiseks.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Osaline sisu
    .description = Server saadab ainult need ressursi osad, mida klient Range-päisega küsis.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Mitu olekut
    .description = WebDAV: keha on XML-dokument, mis sisaldab mitme ressursi kohta igaühe eraldi olekut.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Juba teatatud
    .description = WebDAV: selle kogumi liikmed on samas vastuses juba varem loetletud ja neid ei korrata.
# 226 IM Used, RFC 3229.
http-226 = IM Used
    .description = Server täitis GET-päringu deltakodeeringuga: vastus on praegusele ressursile rakendatud eksemplarimanipulatsioonide tulemus.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Mitu valikut
    .description = Ressurss on saadaval mitmes esituses ning klient või kasutaja saab neist ühe valida.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Püsivalt teisaldatud
    .description = Ressursil on uus püsiv aadress, mis on antud Location-päises; lingid tuleks sellele aadressile uuendada.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Leitud
    .description = Ressurss asub ajutiselt teisel aadressil, mis on antud Location-päises. Ümbersuunamist järgides muudavad kliendid POST-päringu sageli GET-päringuks.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Viide teisele ressursile
    .description = Klient peaks tooma GET-päringuga teise ressursi, mis on nimetatud Location-päises, näiteks tulemuslehe pärast vormi esitamist.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Muutmata
    .description = Tingimuslik GET- või HEAD-päring tuvastas, et ressurss pole muutunud, seega võib klient kasutada oma vahemällu salvestatud koopiat.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Puhverserveri kasutamine
    .description = Iganenud: palus kunagi kliendil korrata päringut puhverserveri kaudu. Kliendid ei järgi seda turvakaalutlustel enam.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Puhverserveri vahetamine (kasutamata)
    .description = Reserveeritud: seda koodi kasutati HTTP ühes varasemas mustandis, kuid enam seda ei kasutata.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Ajutine ümbersuunamine
    .description = Ressurss asub ajutiselt teisel aadressil ja klient peab päringut seal sama meetodi ja kehaga kordama.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Püsiv ümbersuunamine
    .description = Ressursil on uus püsiv aadress ja klient peab päringut seal sama meetodi ja kehaga kordama.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Vigane päring
    .description = Server ei saa päringut kliendi vea tõttu töödelda, näiteks vigase süntaksi või sõnumi vigase raamimise tõttu.
    .advice = Kontrollige aadressi või esitatud vormi ja proovige siis uuesti.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Volitamata
    .description = Päringus puuduvad kehtivad autentimisandmed; WWW-Authenticate-päis näitab, kuidas autentida.
    .advice = Logige sisse ja proovige siis uuesti.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Nõutav makse
    .description = Reserveeritud tulevaseks kasutuseks. Mõni teenus saadab selle koodi, kui on vaja makset või tellimust.
    .advice = Selle sisu jaoks võib olla vaja makset või tellimust.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Keelatud
    .description = Server mõistis päringut, kuid keeldub seda täitmast; uuesti sisselogimine seda ei muuda.
    .advice = Teil pole selle lehe vaatamiseks luba.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Ei leitud
    .description = Server ei leidnud sellelt aadressilt midagi ega oska öelda, kas sealt kunagi midagi leidub.
    .advice = Kontrollige, kas aadressis pole trükivigu, või minge tagasi avalehele.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Lubamatu meetod
    .description = Ressurss ei toeta päringu meetodit; Allow-päis loetleb meetodid, mida see toetab.
    .advice = See toiming pole siin saadaval. Minge tagasi ja proovige muul viisil.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Vastuvõetamatu
    .description = Serveril pole ressursi esitust, mis vastaks päringu Accept-päistele.
    .advice = See leht pole saadaval vormingus ega keeles, mida teie brauser aktsepteerib.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Nõutav puhverserveri autentimine
    .description = Sarnane koodiga 401, kuid klient peab end esmalt puhverserveris autentima, nagu kirjeldab Proxy-Authenticate-päis.
    .advice = Logige oma võrgu puhverserverisse sisse ja proovige siis uuesti.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Päringu ajalõpp
    .description = Server ei saanud täielikku päringut aja jooksul, mida ta oli valmis ootama, ja sulges ühenduse.
    .advice = Ühendus võttis liiga kaua aega. Palun proovige uuesti.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflikt
    .description = Päring on vastuolus ressursi praeguse olekuga, näiteks aegunud versioonil põhinev muudatus.
    .advice = Keegi võis seda sisu samal ajal muuta. Laadige leht uuesti ja proovige veel kord.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Jäädavalt eemaldatud
    .description = Ressurss on teadlikult eemaldatud ega tule tagasi; sellele viitavad lingid tuleks kustutada.
    .advice = See leht on jäädavalt eemaldatud.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Nõutav pikkus
    .description = Server keeldub päringust, millel on keha, kuid puudub Content-Length-päis.
    .advice = Teie brauser saatis mittetäieliku päringu. Palun proovige uuesti.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Täitmata eeltingimus
    .description = Päringu päistes olev tingimus, näiteks If-Match või If-Unmodified-Since, osutus serveris vääraks.
    .advice = Sisu on pärast selle laadimist muutunud. Laadige leht uuesti ja proovige veel kord.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Liiga suur sisu
    .description = Päringu sisu on suurem, kui server on valmis või suuteline töötlema.
    .advice = See, mille saatsite, on liiga suur. Proovige väiksemat faili.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = Liiga pikk URI
    .description = Päringu siht-URI on pikem, kui server on nõus tõlgendama.
    .advice = Aadress on liiga pikk. Kontrollige seda või alustage uuesti avalehelt.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Toetamata meediumitüüp
    .description = Server ei toeta päringu sisu vormingut, mis on märgitud Content-Type- või Content-Encoding-päises.
    .advice = Seda failitüüpi siin ei toetata.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Täitmatu vahemik
    .description = Ükski päringu Range-päises antud vahemik ei kattu ressursi praeguse ulatusega.
    .advice = Faili soovitud osa pole saadaval. Proovige seda algusest peale uuesti alla laadida.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Täitmata ootus
    .description = Server ei suuda täita päringu Expect-päises esitatud ootust.
    .advice = Teie brauser saatis päringu, mida see server ei suuda töödelda. Palun proovige uuesti.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = „Olen teekann“ (kasutamata)
    .description = Reserveeritud: RFC 2324 aprillinali, mis võeti nii laialt kasutusele, et koodi ei saa millekski muuks kasutada.
    .advice = Server lükkas selle päringu tagasi naljaka olekukoodiga.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Üleskutse rahunemisele
    .description = Mitteametlik kood (Twitteri varajane API): kliendi päringusagedust piiratakse. Standardsed serverid kasutavad selle asemel koodi 429.
    .advice = Liiga palju päringuid lühikese aja jooksul. Oodake veidi ja proovige siis uuesti.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Valesti suunatud päring
    .description = Päring jõudis serverisse, mis pole konfigureeritud vastama päringutele selle skeemi ning hosti ja pordi kombinatsiooniga, sageli taaskasutatud ühenduse kaudu.
    .advice = Palun proovige uuesti. Kui probleem püsib, taaskäivitage oma brauser.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Töödeldamatu sisu
    .description = Päring on õigesti vormistatud, kuid server ei saa selle sisu töödelda, näiteks valideerimisvigade tõttu.
    .advice = Osa sisestatud andmetest pole kehtiv. Kontrollige neid ja proovige uuesti.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Lukustatud
    .description = WebDAV: ressurss on lukustatud, seega ei saa sellele seda meetodit rakendada.
    .advice = See sisu on lukustatud, sest keegi teine töötab sellega. Proovige hiljem uuesti.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Nurjunud sõltuvus
    .description = WebDAV: meetodit ei saanud käivitada, sest nurjus mõni muu toiming, millest see sõltub.
    .advice = Teie päringut ei saanud lõpule viia, sest sellega seotud etapp nurjus. Palun proovige uuesti.
# 425 Too Early, RFC 8470.
http-425 = Liiga varajane päring
    .description = Server ei soovi töödelda päringut, mida võidakse taasesitada, näiteks TLS-i varajaste andmetena saadetud päringut.
    .advice = Palun proovige hetke pärast uuesti.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Nõutav protokolli uuendamine
    .description = Server keeldub päringut praeguse protokolli kaudu töötlemast; Upgrade-päis nimetab protokolli, millele tuleb üle minna.
    .advice = Teie brauser vajab uuemat ühendusviisi. Uuendage oma brauserit ja proovige siis uuesti.
# 428 Precondition Required, RFC 6585.
http-428 = Nõutav eeltingimus
    .description = Server nõuab, et päring oleks tingimuslik, näiteks If-Match-päisega, et vältida uuenduste kadumist.
    .advice = Laadige leht uuesti ja proovige veel kord.
# 429 Too Many Requests, RFC 6585.
http-429 = Liiga palju päringuid
    .description = Klient on antud aja jooksul saatnud liiga palju päringuid; Retry-After-päis võib näidata, kui kaua oodata.
    .advice = Olete teinud liiga palju päringuid. Oodake veidi ja proovige siis uuesti.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Liiga suured päringu päiseväljad
    .description = Server keeldub päringust, sest üks päiseväli või kõik need koos on liiga suured.
    .advice = Selle saidi küpsiste kustutamine teie brauserist võib aidata. Seejärel proovige uuesti.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Sisselogimise ajalõpp
    .description = Mitteametlik kood (Microsoft IIS): kliendi seanss on aegunud ja kasutaja peab uuesti sisse logima.
    .advice = Teie seanss on aegunud. Logige uuesti sisse.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Ilma vastuseta
    .description = Mitteametlik kood (nginx, ainult sisemine): server sulges ühenduse ühtegi vastust saatmata. Kood on näha logides, kuid mitte kunagi klientidele.
    .advice = Server sulges ühenduse vastamata. Palun proovige hiljem uuesti.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Korduskatse lisateabega
    .description = Mitteametlik kood (Microsoft IIS): päringus puudus teave ja seda tuleks korrata pärast seda, kui klient on puuduva teabe esitanud.
    .advice = Osa teavet puudub. Palun proovige uuesti.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Windowsi vanemliku järelevalve blokeering
    .description = Mitteametlik kood (Microsoft): Windowsi vanemlik järelevalve blokeeris juurdepääsu soovitud lehele.
    .advice = Selle arvuti vanemlik järelevalve on selle lehe blokeerinud.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Õiguslikel põhjustel kättesaamatu
    .description = Server keelab juurdepääsu ressursile õigusliku nõude, näiteks kohtumääruse tõttu.
    .advice = See sisu pole teile õiguslikel põhjustel kättesaadav.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Liiga suur päringu päis
    .description = Mitteametlik kood (nginx): päring või mõni selle päiseridadest on liiga suur; koodi 431 eelkäija.
    .advice = Selle saidi küpsiste kustutamine teie brauserist võib aidata. Seejärel proovige uuesti.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL-sertifikaadi viga
    .description = Mitteametlik kood (nginx): TLS-kliendiautentimiseks esitatud kliendisertifikaat on kehtetu.
    .advice = Teie turbesertifikaati ei aktsepteeritud. Võtke ühendust saidi administraatoriga.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Nõutav SSL-sertifikaat
    .description = Mitteametlik kood (nginx): server nõuab TLS-kliendisertifikaati, kuid klient seda ei esitanud.
    .advice = See sait nõuab teie seadmelt turbesertifikaati. Võtke ühendust saidi administraatoriga.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTPS-porti saadetud HTTP-päring
    .description = Mitteametlik kood (nginx): krüptimata HTTP-päring saabus porti, mis ootab HTTPS-i.
    .advice = Kasutage aadressi, mis algab eesliitega https://, ja proovige uuesti.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Kliendi katkestatud päring
    .description = Mitteametlik kood (nginx-i logid): klient katkestas ühenduse enne, kui server jõudis oma vastuse saata.
    .advice = Päring tühistati enne selle lõpuleviimist. Palun proovige uuesti.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Serveri sisemine viga
    .description = Server sattus ootamatusse olukorda, mis takistas tal päringut täitmast.
    .advice = Meie poolel läks midagi valesti. Palun proovige hiljem uuesti.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Teostamata funktsioon
    .description = Server ei toeta päringu täitmiseks vajalikku funktsionaalsust, näiteks tundmatut päringumeetodit.
    .advice = See funktsioon pole sellel saidil saadaval.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Vigane lüüs
    .description = Lüüs või puhverserver sai taustserverilt, millega ta ühendust võttis, vigase vastuse.
    .advice = Saidil on probleeme ühe oma serveriga ühenduse saamisel. Palun proovige mõne minuti pärast uuesti.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Kättesaamatu teenus
    .description = Server ei saa päringut praegu ülekoormuse või hoolduse tõttu töödelda; Retry-After-päis võib näidata, millal uuesti proovida.
    .advice = Sait pole ajutiselt saadaval. Palun proovige hiljem uuesti.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Lüüsi ajalõpp
    .description = Lüüs või puhverserver ei saanud taustserverilt õigeaegselt vastust.
    .advice = Saidi vastamine võtab liiga kaua aega. Palun proovige mõne minuti pärast uuesti.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Toetamata HTTP-versioon
    .description = Server ei toeta päringus kasutatud HTTP põhiversiooni.
    .advice = Teie brauser kasutab ühendusviisi, mida see server ei toeta. Uuendage oma brauserit ja proovige siis uuesti.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Ise läbirääkiv variant
    .description = Läbipaistev sisu läbirääkimine on serveris valesti konfigureeritud: valitud variant on ise seadistatud läbirääkimisi pidama.
    .advice = Sait on valesti konfigureeritud. Palun proovige hiljem uuesti.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Ebapiisav salvestusruum
    .description = WebDAV: server ei saa salvestada seda, mida päringu lõpuleviimiseks on vaja.
    .advice = Serveri salvestusruum on otsa saanud. Palun proovige hiljem uuesti.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Tuvastatud tsükkel
    .description = WebDAV: server peatas toimingu, sest leidis lõpmatu tsükli, näiteks sidumistes, mille Depth-väärtus on infinity.
    .advice = Server sattus teie päringu töötlemisel tsüklisse. Palun proovige hiljem uuesti.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Ribalaiuse piirangu ületamine
    .description = Mitteametlik kood (Apache'i ja cPaneli majutus): sait on ära kasutanud ribalaiuse, mida selle majutuspakett lubab.
    .advice = See sait on ületanud oma lubatud andmeliikluse mahu. Palun proovige hiljem uuesti.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Puuduv laiendus
    .description = Aegunud: päring ei vastanud HTTP laiendusraamistiku laienduspoliitikale; see raamistik on nüüd ajaloolise staatusega.
    .advice = Server ei suutnud seda päringut töödelda. Palun proovige hiljem uuesti.
# 511 Network Authentication Required, RFC 6585.
http-511 = Nõutav võrgu autentimine
    .description = Klient peab võrgule juurdepääsu saamiseks end autentima, tavaliselt autentimisportaali sisselogimislehe kaudu.
    .advice = Logige sisse võrku, millega olete ühendatud, näiteks selle Wi-Fi-võrgu sisselogimislehel.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Veebiserveri tundmatu viga
    .description = Mitteametlik kood (Cloudflare): lähteserver tagastas tühja, tundmatu või ootamatu vastuse.
    .advice = Saidi server vastas ootamatult. Palun proovige mõne minuti pärast uuesti.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Mittetöötav veebiserver
    .description = Mitteametlik kood (Cloudflare): lähteserver keeldus ühendusest.
    .advice = Saidi server pole praegu kättesaadav. Palun proovige hiljem uuesti.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Ühenduse ajalõpp
    .description = Mitteametlik kood (Cloudflare): TCP-ühendusel lähteserveriga tekkis ajalõpp.
    .advice = Saidi serveri vastamine võttis liiga kaua aega. Palun proovige hiljem uuesti.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Kättesaamatu lähteserver
    .description = Mitteametlik kood (Cloudflare): Cloudflare ei saanud lähteserveriga ühendust, näiteks DNS- või marsruutimisprobleemi tõttu.
    .advice = Saidi server pole praegu kättesaadav. Palun proovige hiljem uuesti.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Ajalõpp
    .description = Mitteametlik kood (Cloudflare): ühendus lähteserveriga õnnestus, kuid server ei saatnud õigeaegselt HTTP-vastust.
    .advice = Saidi serveri vastamine võttis liiga kaua aega. Palun proovige hiljem uuesti.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Nurjunud SSL-kätlus
    .description = Mitteametlik kood (Cloudflare): TLS-kätlus Cloudflare'i ja lähteserveri vahel nurjus.
    .advice = Saidi serveriga ei õnnestunud turvalist ühendust luua. Palun proovige hiljem uuesti.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Kehtetu SSL-sertifikaat
    .description = Mitteametlik kood (Cloudflare): Cloudflare ei suutnud lähteserveri TLS-sertifikaati valideerida.
    .advice = Saidi turbesertifikaati ei õnnestunud kontrollida. Palun proovige hiljem uuesti.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Lähteserveri DNS-viga
    .description = Mitteametlik kood (Cloudflare): saadetakse koos Cloudflare'i veaga 1xxx, enamasti siis, kui lähteserveri DNS-nime ei saa lahendada.
    .advice = Sait pole praegu kättesaadav. Palun proovige hiljem uuesti.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Võrgust lugemise ajalõpp
    .description = Mitteametlik kood (mõnede puhverserverite tava): vastuse lugemisel taustserverilt tekkis ajalõpp.
    .advice = Saidi vastamine võttis liiga kaua aega. Palun proovige hiljem uuesti.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Võrguühenduse loomise ajalõpp
    .description = Mitteametlik kood (mõnede puhverserverite tava): ühenduse loomisel taustserveriga tekkis ajalõpp.
    .advice = Saidiga ei õnnestunud õigeaegselt ühendust saada. Palun proovige hiljem uuesti.
