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
http-unknown = Nezināms statuss
    .description = Statusa kods nav derīgs HTTP statusa kods; derīgi kodi ir trīsciparu skaitļi no 100 līdz 599.
    .advice = Notika kaut kas neparedzēts. Lūdzu, mēģiniet vēlreiz vēlāk.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informācija
    .description = Starpposma atbilde: serveris ir saņēmis pieprasījumu un joprojām to apstrādā. Sekos galīgā atbilde.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Veiksmīga izpilde
    .description = Serveris saņēma, saprata un pieņēma pieprasījumu.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Novirzīšana
    .description = Lai pabeigtu pieprasījumu, klientam jāveic vēl kāda darbība, parasti jāseko saitei uz citu adresi.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Klienta kļūda
    .description = Pieprasījumā ir kļūda, vai arī to nevar izpildīt tādu, kāds tas ir nosūtīts; klientam to nevajadzētu atkārtot nemainītu.
    .advice = Pārbaudiet adresi un to, ko ievadījāt, pēc tam mēģiniet vēlreiz.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Servera kļūda
    .description = Serverim neizdevās izpildīt pieprasījumu, kas šķiet derīgs.
    .advice = Problēma ir mūsu pusē. Lūdzu, pēc dažām minūtēm mēģiniet vēlreiz.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Turpināt
    .description = Serveris ir saņēmis pieprasījuma galvenes, un klients var turpināt sūtīt pieprasījuma pamattekstu.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Protokolu pārslēgšana
    .description = Serveris piekrīt klienta Upgrade pieprasījumam un pārslēdzas uz atbildē norādīto protokolu, piemēram, WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Apstrāde
    .description = WebDAV: serveris ir pieņēmis pieprasījumu un joprojām to apstrādā, tāpēc klientam nevajadzētu pārtraukt gaidīšanu noildzes dēļ.
# 103 Early Hints, RFC 8297.
http-103 = Agrīnās norādes
    .description = Tiek nosūtīts pirms galīgās atbildes, lai klients varētu sākt iepriekš ielādēt resursus, kas norādīti galvenēs Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Atbalstīta augšupielādes atsākšana
    .description = Serveris atbalsta atsākamas augšupielādes un norāda klientam, kur tas var atsākt pārtrauktu augšupielādi. Šis kods ir reģistrēts tikai uz laiku.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Pieprasījums izdevās. Atbildes saturs ir atkarīgs no pieprasījuma metodes.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Izveidots
    .description = Pieprasījums izdevās, un tika izveidots viens vai vairāki jauni resursi, ko parasti identificē galvene Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Pieņemts
    .description = Pieprasījums ir pieņemts apstrādei, taču apstrāde vēl nav pabeigta un joprojām var neizdoties.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Neautoritatīva informācija
    .description = Pieprasījums izdevās, taču pārveidojošs starpniekserveris ir mainījis izcelsmes servera nosūtīto saturu.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Nav satura
    .description = Pieprasījums izdevās, un atbildes pamattekstā nav satura, ko nosūtīt.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Atiestatīt saturu
    .description = Pieprasījums izdevās, un klientam vajadzētu atiestatīt veidlapu vai skatu, no kura pieprasījums tika nosūtīts, piemēram, lai varētu ievadīt jaunus datus.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Daļējs saturs
    .description = Serveris sūta tikai tās resursa daļas, ko klients pieprasīja ar galveni Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Vairāki statusi
    .description = WebDAV: pamatteksts ir XML dokuments ar atsevišķu statusu katram no vairākiem resursiem.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Jau ziņots
    .description = WebDAV: šīs kolekcijas elementi jau tika uzskaitīti iepriekš tajā pašā atbildē un netiek atkārtoti.
# 226 IM Used, RFC 3229.
http-226 = IM izmantots
    .description = Serveris izpildīja GET pieprasījumu ar delta kodējumu: atbilde ir pašreizējam resursam lietotu instances manipulāciju rezultāts.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Vairākas izvēles iespējas
    .description = Resurss ir pieejams vairākos attēlojumos, un klients vai lietotājs var izvēlēties vienu no tiem.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Pārvietots pastāvīgi
    .description = Resursam ir jauna pastāvīga adrese, kas norādīta galvenē Location; saites būtu jāatjaunina, lai tās norādītu uz šo adresi.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Atrasts
    .description = Resurss īslaicīgi atrodas citā adresē, kas norādīta galvenē Location. Sekojot tai, klienti parasti maina POST uz GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Skatīt citu
    .description = Klientam ar GET pieprasījumu vajadzētu iegūt citu resursu, kas norādīts galvenē Location, piemēram, rezultātu lapu pēc veidlapas iesniegšanas.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Nav mainīts
    .description = Nosacījuma GET vai HEAD pieprasījums konstatēja, ka resurss nav mainījies, tāpēc klients var izmantot savu kešatmiņā saglabāto kopiju.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Izmantot starpniekserveri
    .description = Novecojis: agrāk lika klientam atkārtot pieprasījumu caur starpniekserveri. Drošības apsvērumu dēļ klienti tam vairs neseko.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Pārslēgt starpniekserveri (neizmantots)
    .description = Rezervēts: šis kods tika izmantots kādā agrākā HTTP melnrakstā un vairs netiek izmantots.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Pagaidu novirzīšana
    .description = Resurss īslaicīgi atrodas citā adresē, un klientam pieprasījums tur jāatkārto ar to pašu metodi un pamattekstu.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Pastāvīga novirzīšana
    .description = Resursam ir jauna pastāvīga adrese, un klientam pieprasījums tur jāatkārto ar to pašu metodi un pamattekstu.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Nederīgs pieprasījums
    .description = Serveris nevar apstrādāt pieprasījumu klienta kļūdas dēļ, piemēram, kļūdainas sintakses vai nederīgas ziņojuma kadrēšanas dēļ.
    .advice = Pārbaudiet adresi vai iesniegto veidlapu, pēc tam mēģiniet vēlreiz.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Neautorizēts
    .description = Pieprasījumam trūkst derīgu autentifikācijas akreditācijas datu; galvene WWW-Authenticate norāda, kā autentificēties.
    .advice = Pierakstieties un pēc tam mēģiniet vēlreiz.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Nepieciešams maksājums
    .description = Rezervēts turpmākai izmantošanai. Daži pakalpojumi to sūta, ja nepieciešams maksājums vai abonements.
    .advice = Šim saturam var būt nepieciešams maksājums vai abonements.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Aizliegts
    .description = Serveris saprata pieprasījumu, taču atsakās to izpildīt; atkārtota pierakstīšanās to nemainīs.
    .advice = Jums nav atļaujas skatīt šo lapu.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Nav atrasts
    .description = Serveris šajā adresē neko neatrada un nevar pateikt, vai kādreiz atradīs.
    .advice = Pārbaudiet, vai adresē nav drukas kļūdu, vai arī atgriezieties sākumlapā.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Neatļauta metode
    .description = Resurss neatbalsta pieprasījuma metodi; galvenē Allow ir uzskaitītas metodes, ko tas atbalsta.
    .advice = Šī darbība šeit nav pieejama. Atgriezieties un mēģiniet citādi.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Nepieņemams
    .description = Serverim nav tāda resursa attēlojuma, kas atbilstu pieprasījuma galvenēm Accept.
    .advice = Šī lapa nav pieejama formātā vai valodā, ko pieņem jūsu pārlūkprogramma.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Nepieciešama starpniekservera autentifikācija
    .description = Līdzīgi kā 401, taču klientam vispirms jāautentificējas starpniekserverī, kā aprakstīts galvenē Proxy-Authenticate.
    .advice = Pierakstieties sava tīkla starpniekserverī un pēc tam mēģiniet vēlreiz.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Pieprasījuma noildze
    .description = Serveris nesaņēma pilnu pieprasījumu laikā, cik tas bija gatavs gaidīt, un slēdza savienojumu.
    .advice = Savienojums aizņēma pārāk daudz laika. Lūdzu, mēģiniet vēlreiz.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflikts
    .description = Pieprasījums ir pretrunā ar resursa pašreizējo stāvokli, piemēram, ja labojuma pamatā ir novecojusi versija.
    .advice = Iespējams, kāds tajā pašā laikā ir mainījis šo saturu. Atkārtoti ielādējiet lapu un mēģiniet vēlreiz.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Vairs nav pieejams
    .description = Resurss ir apzināti noņemts un vairs neatgriezīsies; saites uz to būtu jādzēš.
    .advice = Šī lapa ir neatgriezeniski noņemta.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Nepieciešams garums
    .description = Serveris noraida pieprasījumu, kam ir pamatteksts, bet nav galvenes Content-Length.
    .advice = Jūsu pārlūkprogramma nosūtīja nepilnīgu pieprasījumu. Lūdzu, mēģiniet vēlreiz.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Neizpildīts priekšnosacījums
    .description = Nosacījums pieprasījuma galvenēs, piemēram, If-Match vai If-Unmodified-Since, serverī tika novērtēts kā nepatiess.
    .advice = Saturs ir mainījies kopš brīža, kad to ielādējāt. Atkārtoti ielādējiet lapu un mēģiniet vēlreiz.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Pārāk liels saturs
    .description = Pieprasījuma saturs ir lielāks, nekā serveris vēlas vai spēj apstrādāt.
    .advice = Tas, ko nosūtījāt, ir pārāk liels. Mēģiniet ar mazāku failu.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = Pārāk garš URI
    .description = Pieprasījuma mērķa URI ir garāks, nekā serveris vēlas interpretēt.
    .advice = Adrese ir pārāk gara. Pārbaudiet to vai sāciet no jauna sākumlapā.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Neatbalstīts multivides tips
    .description = Serveris neatbalsta pieprasījuma satura formātu, kas norādīts galvenē Content-Type vai Content-Encoding.
    .advice = Šis faila tips šeit netiek atbalstīts.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Neizpildāms diapazons
    .description = Neviens no diapazoniem pieprasījuma galvenē Range nepārklājas ar resursa pašreizējo apjomu.
    .advice = Pieprasītā faila daļa nav pieejama. Mēģiniet to lejupielādēt vēlreiz no sākuma.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Neizpildītas gaidas
    .description = Serveris nevar izpildīt gaidas, kas norādītas pieprasījuma galvenē Expect.
    .advice = Jūsu pārlūkprogramma nosūtīja pieprasījumu, ko šis serveris nevar apstrādāt. Lūdzu, mēģiniet vēlreiz.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Es esmu tējkanna (neizmantots)
    .description = Rezervēts: 1. aprīļa joks no RFC 2324, kas ieviests tik plaši, ka šo kodu nevar izmantot nekam citam.
    .advice = Serveris noraidīja šo pieprasījumu ar joka statusa kodu.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Saglabāt mieru
    .description = Neoficiāls kods (Twitter agrīnā API): klientam tiek ierobežots pieprasījumu biežums. Standarta serveri tā vietā izmanto 429.
    .advice = Pārāk daudz pieprasījumu īsā laikā. Brīdi uzgaidiet, pēc tam mēģiniet vēlreiz.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Nepareizi novirzīts pieprasījums
    .description = Pieprasījums nonāca serverī, kas nav konfigurēts apkalpot šo shēmu un autoritāti (resursdatoru un portu), bieži vien caur atkārtoti izmantotu savienojumu.
    .advice = Lūdzu, mēģiniet vēlreiz. Ja problēma joprojām pastāv, restartējiet pārlūkprogrammu.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Neapstrādājams saturs
    .description = Pieprasījums ir pareizi veidots, taču serveris nevar rīkoties ar tā saturu, piemēram, validācijas kļūdu dēļ.
    .advice = Daļa no jūsu ievadītās informācijas nav derīga. Pārbaudiet to un mēģiniet vēlreiz.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Bloķēts
    .description = WebDAV: resurss ir bloķēts, tāpēc šo metodi tam nevar lietot.
    .advice = Šis saturs ir bloķēts, jo ar to strādā kāds cits. Mēģiniet vēlreiz vēlāk.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Neizdevusies atkarība
    .description = WebDAV: metodi nevarēja izpildīt, jo neizdevās cita darbība, no kuras tā ir atkarīga.
    .advice = Jūsu pieprasījumu nevarēja pabeigt, jo neizdevās ar to saistīta darbība. Lūdzu, mēģiniet vēlreiz.
# 425 Too Early, RFC 8470.
http-425 = Pārāk agri
    .description = Serveris nevēlas apstrādāt pieprasījumu, kas varētu tikt atkārtots, piemēram, tādu, kas nosūtīts kā TLS agrīnie dati.
    .advice = Lūdzu, pēc brīža mēģiniet vēlreiz.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Nepieciešama jaunināšana
    .description = Serveris atsakās apstrādāt pieprasījumu, izmantojot pašreizējo protokolu; galvenē Upgrade ir norādīts protokols, uz kuru jāpārslēdzas.
    .advice = Jūsu pārlūkprogrammai nepieciešama jaunāka savienojuma metode. Atjauniniet pārlūkprogrammu un pēc tam mēģiniet vēlreiz.
# 428 Precondition Required, RFC 6585.
http-428 = Nepieciešams priekšnosacījums
    .description = Lai novērstu atjauninājumu zudumu, serveris prasa nosacījuma pieprasījumu, piemēram, ar If-Match.
    .advice = Atkārtoti ielādējiet lapu un mēģiniet vēlreiz.
# 429 Too Many Requests, RFC 6585.
http-429 = Pārāk daudz pieprasījumu
    .description = Klients noteiktā laikā ir nosūtījis pārāk daudz pieprasījumu; galvenē Retry-After var būt norādīts, cik ilgi jāgaida.
    .advice = Jūsu pieprasījumu ir bijis pārāk daudz. Brīdi uzgaidiet, pēc tam mēģiniet vēlreiz.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Pārāk lieli pieprasījuma galvenes lauki
    .description = Serveris noraida pieprasījumu, jo viens galvenes lauks vai visi kopā ir pārāk lieli.
    .advice = Var palīdzēt, ja pārlūkprogrammā notīrīsiet šīs vietnes sīkfailus. Pēc tam mēģiniet vēlreiz.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Pierakstīšanās noildze
    .description = Neoficiāls kods (Microsoft IIS): klienta sesija ir beigusies, un lietotājam jāpierakstās vēlreiz.
    .advice = Jūsu sesija ir beigusies. Pierakstieties vēlreiz.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Nav atbildes
    .description = Neoficiāls kods (nginx, tikai iekšēji): serveris slēdza savienojumu, nenosūtot nekādu atbildi. Kods redzams žurnālos, bet klienti to nekad nesaņem.
    .advice = Serveris slēdza savienojumu, neatbildot. Lūdzu, mēģiniet vēlreiz vēlāk.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Atkārtot ar papildu informāciju
    .description = Neoficiāls kods (Microsoft IIS): pieprasījumā trūka informācijas, un tas būtu jāatkārto pēc tam, kad klients to ir sniedzis.
    .advice = Trūkst daļas informācijas. Lūdzu, mēģiniet vēlreiz.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Bloķējusi Windows vecāku kontrole
    .description = Neoficiāls kods (Microsoft): Windows vecāku kontrole bloķēja piekļuvi pieprasītajai lapai.
    .advice = Vecāku kontrole šajā datorā ir bloķējusi šo lapu.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Nav pieejams juridisku iemeslu dēļ
    .description = Serveris liedz piekļuvi resursam juridiskas prasības, piemēram, tiesas rīkojuma, dēļ.
    .advice = Šis saturs jums nav pieejams juridisku iemeslu dēļ.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Pārāk liela pieprasījuma galvene
    .description = Neoficiāls kods (nginx): pieprasījums vai kāda no tā galvenes rindām ir pārāk liela; koda 431 priekštecis.
    .advice = Var palīdzēt, ja pārlūkprogrammā notīrīsiet šīs vietnes sīkfailus. Pēc tam mēģiniet vēlreiz.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL sertifikāta kļūda
    .description = Neoficiāls kods (nginx): TLS klienta autentifikācijai uzrādītais klienta sertifikāts nav derīgs.
    .advice = Jūsu drošības sertifikāts netika pieņemts. Sazinieties ar vietnes administratoru.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Nepieciešams SSL sertifikāts
    .description = Neoficiāls kods (nginx): serverim nepieciešams TLS klienta sertifikāts, bet klients to neuzrādīja.
    .advice = Šai vietnei nepieciešams drošības sertifikāts no jūsu ierīces. Sazinieties ar vietnes administratoru.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Uz HTTPS portu nosūtīts HTTP pieprasījums
    .description = Neoficiāls kods (nginx): nešifrēts HTTP pieprasījums nonāca portā, kurā tiek gaidīts HTTPS.
    .advice = Izmantojiet adresi, kas sākas ar https://, un mēģiniet vēlreiz.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Klienta atcelts pieprasījums
    .description = Neoficiāls kods (nginx žurnālos): klients slēdza savienojumu, pirms serveris paspēja nosūtīt savu atbildi.
    .advice = Pieprasījums tika atcelts, pirms tas bija pabeigts. Lūdzu, mēģiniet vēlreiz.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Iekšēja servera kļūda
    .description = Serveris saskārās ar neparedzētu situāciju, kas tam neļāva izpildīt pieprasījumu.
    .advice = Mūsu pusē kaut kas nogāja greizi. Lūdzu, mēģiniet vēlreiz vēlāk.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Nav ieviests
    .description = Serveris neatbalsta funkcionalitāti, kas nepieciešama pieprasījuma izpildei, piemēram, nezināmu pieprasījuma metodi.
    .advice = Šī funkcija šajā vietnē nav pieejama.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Nederīga vārteja
    .description = Vārteja vai starpniekserveris saņēma nederīgu atbildi no augšupējā servera, ar kuru sazinājās.
    .advice = Vietnei ir grūtības sasniegt kādu no saviem serveriem. Lūdzu, pēc dažām minūtēm mēģiniet vēlreiz.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Nepieejams pakalpojums
    .description = Serveris pašlaik nevar apstrādāt pieprasījumu pārslodzes vai apkopes dēļ; galvenē Retry-After var būt norādīts, kad mēģināt vēlreiz.
    .advice = Vietne īslaicīgi nav pieejama. Lūdzu, mēģiniet vēlreiz vēlāk.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Vārtejas noildze
    .description = Vārteja vai starpniekserveris laikus nesaņēma atbildi no augšupējā servera.
    .advice = Vietne atbild pārāk ilgi. Lūdzu, pēc dažām minūtēm mēģiniet vēlreiz.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Neatbalstīta HTTP versija
    .description = Serveris neatbalsta pieprasījumā izmantoto HTTP galveno versiju.
    .advice = Jūsu pārlūkprogramma izmanto savienojuma metodi, ko šis serveris neatbalsta. Atjauniniet pārlūkprogrammu un pēc tam mēģiniet vēlreiz.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Variants, kas arī veic saskaņošanu
    .description = Serverī ir nepareizi konfigurēta caurspīdīgā satura saskaņošana: izvēlētais variants pats ir iestatīts veikt saskaņošanu.
    .advice = Vietne ir nepareizi konfigurēta. Lūdzu, mēģiniet vēlreiz vēlāk.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Nepietiekama krātuve
    .description = WebDAV: serveris nevar saglabāt to, kas nepieciešams pieprasījuma pabeigšanai.
    .advice = Serverim ir beigusies krātuves vieta. Lūdzu, mēģiniet vēlreiz vēlāk.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Konstatēta cilpa
    .description = WebDAV: serveris apturēja darbību, jo konstatēja bezgalīgu cilpu, piemēram, saistījumos ar bezgalīgu Depth vērtību.
    .advice = Apstrādājot jūsu pieprasījumu, serveris nonāca cilpā. Lūdzu, mēģiniet vēlreiz vēlāk.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Pārsniegts joslas platuma ierobežojums
    .description = Neoficiāls kods (Apache un cPanel mitināšana): vietne ir izlietojusi visu joslas platumu, ko atļauj tās mitināšanas plāns.
    .advice = Šī vietne ir pārsniegusi atļauto datplūsmas apjomu. Lūdzu, mēģiniet vēlreiz vēlāk.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Nav paplašināts
    .description = Vairs netiek lietots: pieprasījums neatbilda paplašinājumu politikai, ko nosaka HTTP paplašinājumu ietvars; šim ietvaram tagad ir vēsturisks statuss.
    .advice = Serveris nevarēja apstrādāt šo pieprasījumu. Lūdzu, mēģiniet vēlreiz vēlāk.
# 511 Network Authentication Required, RFC 6585.
http-511 = Nepieciešama tīkla autentifikācija
    .description = Klientam jāautentificējas, lai iegūtu piekļuvi tīklam, parasti pierakstīšanās lapā, ko tīkls parāda, pirms atļauj piekļuvi.
    .advice = Pierakstieties tīklā, ko pašlaik izmantojat, piemēram, tā Wi-Fi pierakstīšanās lapā.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Tīmekļa servera atgriezta nezināma kļūda
    .description = Neoficiāls kods (Cloudflare): izcelsmes serveris atgrieza tukšu, nezināmu vai neparedzētu atbildi.
    .advice = Vietnes serveris atbildēja neparedzēti. Lūdzu, pēc dažām minūtēm mēģiniet vēlreiz.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Tīmekļa servera dīkstāve
    .description = Neoficiāls kods (Cloudflare): izcelsmes serveris atteica savienojumu.
    .advice = Vietnes serveris pašlaik nav sasniedzams. Lūdzu, mēģiniet vēlreiz vēlāk.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Savienojuma noildze
    .description = Neoficiāls kods (Cloudflare): TCP savienojumam ar izcelsmes serveri iestājās noildze.
    .advice = Vietnes serveris pārāk ilgi neatbildēja. Lūdzu, mēģiniet vēlreiz vēlāk.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Nesasniedzams izcelsmes serveris
    .description = Neoficiāls kods (Cloudflare): Cloudflare nevarēja sasniegt izcelsmes serveri, piemēram, DNS vai maršrutēšanas problēmas dēļ.
    .advice = Vietnes serveris pašlaik nav sasniedzams. Lūdzu, mēģiniet vēlreiz vēlāk.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Iestājusies noildze
    .description = Neoficiāls kods (Cloudflare): savienojums ar izcelsmes serveri izdevās, taču tas laikus nenosūtīja HTTP atbildi.
    .advice = Vietnes serveris pārāk ilgi neatbildēja. Lūdzu, mēģiniet vēlreiz vēlāk.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Neizdevies SSL rokasspiediens
    .description = Neoficiāls kods (Cloudflare): neizdevās TLS rokasspiediens starp Cloudflare un izcelsmes serveri.
    .advice = Neizdevās izveidot drošu savienojumu ar vietnes serveri. Lūdzu, mēģiniet vēlreiz vēlāk.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Nederīgs SSL sertifikāts
    .description = Neoficiāls kods (Cloudflare): Cloudflare nevarēja validēt izcelsmes servera TLS sertifikātu.
    .advice = Vietnes drošības sertifikātu nevarēja pārbaudīt. Lūdzu, mēģiniet vēlreiz vēlāk.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Izcelsmes servera DNS kļūda
    .description = Neoficiāls kods (Cloudflare): tiek nosūtīts kopā ar Cloudflare kļūdu 1xxx, visbiežāk tad, ja izcelsmes servera DNS nosaukumu nevar atrisināt.
    .advice = Vietne pašlaik nav sasniedzama. Lūdzu, mēģiniet vēlreiz vēlāk.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Tīkla lasīšanas noildze
    .description = Neoficiāls kods (dažu starpniekserveru konvencija): atbildes lasīšanai no augšupējā servera iestājās noildze.
    .advice = Vietne pārāk ilgi neatbildēja. Lūdzu, mēģiniet vēlreiz vēlāk.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Tīkla savienojuma noildze
    .description = Neoficiāls kods (dažu starpniekserveru konvencija): savienojuma izveidei ar augšupējo serveri iestājās noildze.
    .advice = Vietni neizdevās sasniegt laikus. Lūdzu, mēģiniet vēlreiz vēlāk.
