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
http-unknown = Nežinoma būsena
    .description = Būsenos kodas nėra galiojantis HTTP būsenos kodas; galiojantys kodai yra triženkliai skaičiai nuo 100 iki 599.
    .advice = Įvyko kažkas netikėto. Bandykite dar kartą vėliau.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informacinis atsakymas
    .description = Laikinas atsakymas: serveris gavo užklausą ir ją vis dar apdoroja. Galutinis atsakymas bus atsiųstas vėliau.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Sėkmė
    .description = Serveris gavo, suprato ir priėmė užklausą.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Peradresavimas
    .description = Kad užklausa būtų užbaigta, klientas turi atlikti papildomą veiksmą, paprastai pereiti nuoroda į kitą adresą.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Kliento klaida
    .description = Užklausoje yra klaida arba jos negalima įvykdyti tokios, kokia ji išsiųsta; klientas neturėtų jos kartoti nieko nepakeitęs.
    .advice = Patikrinkite adresą ir tai, ką įvedėte, tada bandykite dar kartą.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Serverio klaida
    .description = Serveriui nepavyko įvykdyti užklausos, kuri atrodo tinkama.
    .advice = Problema kilo mūsų pusėje. Bandykite dar kartą po kelių minučių.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Tęsimas
    .description = Serveris gavo užklausos antraštes ir klientas gali toliau siųsti užklausos turinį.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Protokolų perjungimas
    .description = Serveris sutinka su kliento Upgrade užklausa ir persijungia į atsakyme nurodytą protokolą, pavyzdžiui, WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Apdorojimas
    .description = WebDAV: serveris priėmė užklausą ir ją vis dar apdoroja, todėl klientas neturėtų nutraukti užklausos dėl viršyto laukimo laiko.
# 103 Early Hints, RFC 8297.
http-103 = Išankstinės užuominos
    .description = Siunčiamas prieš galutinį atsakymą, kad klientas galėtų iš anksto pradėti įkelti išteklius, nurodytus Link antraštėse.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Palaikomas įkėlimo tęsimas
    .description = Serveris palaiko įkėlimus, kuriuos galima tęsti, ir nurodo klientui, kur jis gali tęsti nutrauktą įkėlimą. Šis kodas užregistruotas tik laikinai.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = Gerai
    .description = Užklausa įvykdyta sėkmingai. Atsakymo turinys priklauso nuo užklausos metodo.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Išteklius sukurtas
    .description = Užklausa įvykdyta sėkmingai ir sukurtas vienas ar keli nauji ištekliai, kurie paprastai nurodomi antraštėje Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Užklausa priimta
    .description = Užklausa priimta apdoroti, bet apdorojimas dar nebaigtas ir dar gali nepavykti.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Neautoritetinga informacija
    .description = Užklausa įvykdyta sėkmingai, bet transformuojantis tarpinis serveris pakeitė turinį, kurį išsiuntė pradinis serveris.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Be turinio
    .description = Užklausa įvykdyta sėkmingai ir atsakymo turinyje nėra ko siųsti.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Turinio nustatymas iš naujo
    .description = Užklausa įvykdyta sėkmingai ir klientas turėtų iš naujo nustatyti formą arba rodinį, iš kurio ji išsiųsta, pavyzdžiui, kad būtų galima įvesti naujus duomenis.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Dalinis turinys
    .description = Serveris siunčia tik tas ištekliaus dalis, kurių klientas paprašė antraštėje Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Kelios būsenos
    .description = WebDAV: turinys yra XML dokumentas, kuriame nurodyta atskira kiekvieno iš kelių išteklių būsena.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Jau išvardyti nariai
    .description = WebDAV: šios kolekcijos nariai jau buvo išvardyti anksčiau tame pačiame atsakyme ir nekartojami.
# 226 IM Used, RFC 3229.
http-226 = Panaudotas IM
    .description = Serveris įvykdė GET užklausą taikydamas delta kodavimą: atsakymas yra esamam ištekliui pritaikytų egzemplioriaus manipuliacijų rezultatas.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Keli variantai
    .description = Išteklius pasiekiamas keliais pavidalais ir klientas arba naudotojas gali pasirinkti vieną iš jų.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Išteklius perkeltas visam laikui
    .description = Išteklius turi naują nuolatinį adresą, nurodytą antraštėje Location; nuorodas reikėtų atnaujinti į šį adresą.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Išteklius rastas
    .description = Išteklius laikinai yra kitu adresu, nurodytu antraštėje Location. Vykdydami šį peradresavimą, klientai dažnai POST metodą pakeičia GET metodu.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Kito ištekliaus peržiūra
    .description = Klientas turėtų gauti kitą išteklių, nurodytą antraštėje Location, naudodamas GET užklausą, pavyzdžiui, rezultatų puslapį po to, kai buvo pateikta forma.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Išteklius nepakeistas
    .description = Sąlyginė GET arba HEAD užklausa nustatė, kad išteklius nepasikeitė, todėl klientas gali naudoti savo talpykloje esančią kopiją.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Tarpinio serverio naudojimas
    .description = Nebenaudotinas: anksčiau prašydavo kliento pakartoti užklausą per tarpinį serverį. Dėl saugumo priežasčių klientai šio kodo nebepaiso.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Tarpinio serverio perjungimas (nenaudojamas)
    .description = Rezervuotas: šis kodas buvo naudojamas ankstesniame HTTP specifikacijos projekte ir daugiau nenaudojamas.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Laikinas peradresavimas
    .description = Išteklius laikinai yra kitu adresu ir klientas turi tuo adresu pakartoti užklausą, naudodamas tą patį metodą ir tą patį turinį.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Nuolatinis peradresavimas
    .description = Išteklius turi naują nuolatinį adresą ir klientas turi tuo adresu pakartoti užklausą, naudodamas tą patį metodą ir tą patį turinį.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Netinkama užklausa
    .description = Serveris negali apdoroti užklausos dėl kliento klaidos, pavyzdžiui, netaisyklingos sintaksės arba netinkamai nustatytų pranešimo ribų.
    .advice = Patikrinkite adresą arba pateiktą formą, tada bandykite dar kartą.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Neautorizuota prieiga
    .description = Užklausoje trūksta galiojančių autentifikavimo kredencialų; antraštė WWW-Authenticate nurodo, kaip autentifikuotis.
    .advice = Prisijunkite, tada bandykite dar kartą.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Reikalingas mokėjimas
    .description = Rezervuotas naudoti ateityje. Kai kurios paslaugos jį siunčia, kai reikalingas mokėjimas arba prenumerata.
    .advice = Šiam turiniui gali būti reikalingas mokėjimas arba prenumerata.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Prieiga uždrausta
    .description = Serveris suprato užklausą, bet atsisako ją įvykdyti; prisijungus iš naujo niekas nepasikeis.
    .advice = Neturite leidimo peržiūrėti šio puslapio.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Išteklius nerastas
    .description = Serveris šiuo adresu nieko nerado ir negali pasakyti, ar kada nors ras.
    .advice = Patikrinkite, ar adrese nėra rašybos klaidų, arba grįžkite į pagrindinį puslapį.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Metodas neleidžiamas
    .description = Išteklius nepalaiko užklausos metodo; antraštėje Allow išvardyti metodai, kuriuos jis palaiko.
    .advice = Šis veiksmas čia negalimas. Grįžkite ir pabandykite kitu būdu.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Nepriimtinas pavidalas
    .description = Serveris neturi tokio ištekliaus pavidalo, kuris atitiktų užklausos Accept antraštes.
    .advice = Šis puslapis nepasiekiamas jokiu formatu ar kalba, kuriuos priima jūsų naršyklė.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Reikalingas tarpinio serverio autentifikavimas
    .description = Kaip 401, tačiau klientas pirmiausia turi autentifikuotis tarpiniame serveryje, kaip nurodo antraštė Proxy-Authenticate.
    .advice = Prisijunkite prie savo tinklo tarpinio serverio, tada bandykite dar kartą.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Viršytas užklausos laukimo laikas
    .description = Serveris negavo visos užklausos per laiką, kurį buvo pasirengęs laukti, ir nutraukė ryšį.
    .advice = Ryšys užtruko per ilgai. Bandykite dar kartą.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konfliktas
    .description = Užklausa prieštarauja dabartinei ištekliaus būsenai, pavyzdžiui, kai keitimas pagrįstas pasenusia versija.
    .advice = Galbūt kas nors tuo pačiu metu pakeitė šį turinį. Įkelkite puslapį iš naujo ir bandykite dar kartą.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Išteklius pašalintas
    .description = Išteklius pašalintas tyčia ir nebegrįš; nuorodas į jį reikėtų ištrinti.
    .advice = Šis puslapis pašalintas visam laikui.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Reikalingas ilgis
    .description = Serveris atmeta užklausą, kuri turi turinį, bet neturi antraštės Content-Length.
    .advice = Jūsų naršyklė išsiuntė neužbaigtą užklausą. Bandykite dar kartą.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Neįvykdyta išankstinė sąlyga
    .description = Užklausos antraštėse nurodyta sąlyga, pavyzdžiui, If-Match arba If-Unmodified-Since, serveryje įvertinta kaip klaidinga.
    .advice = Turinys pasikeitė nuo tada, kai jį įkėlėte. Įkelkite puslapį iš naujo ir bandykite dar kartą.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Per didelis turinys
    .description = Užklausos turinys didesnis, nei serveris nori arba gali apdoroti.
    .advice = Jūsų išsiųsti duomenys per dideli. Pabandykite išsiųsti mažesnį failą.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = Per ilgas URI
    .description = Užklausos tikslo URI yra ilgesnis, nei serveris pasirengęs interpretuoti.
    .advice = Adresas per ilgas. Patikrinkite jį arba pradėkite iš naujo nuo pagrindinio puslapio.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Nepalaikomas medijos tipas
    .description = Serveris nepalaiko užklausos turinio formato, nurodyto antraštėse Content-Type arba Content-Encoding.
    .advice = Šio tipo failai čia nepalaikomi.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Neįvykdomas baitų intervalas
    .description = Nė vienas iš užklausos antraštėje Range nurodytų baitų intervalų nepersidengia su dabartine ištekliaus apimtimi.
    .advice = Prašoma failo dalis nepasiekiama. Pabandykite atsisiųsti failą iš naujo nuo pradžios.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Neįvykdytas lūkestis
    .description = Serveris negali įvykdyti lūkesčio, nurodyto užklausos antraštėje Expect.
    .advice = Jūsų naršyklė išsiuntė užklausą, kurios šis serveris negali apdoroti. Bandykite dar kartą.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Aš – arbatinukas (nenaudojamas)
    .description = Rezervuotas: balandžio 1-osios pokštas iš RFC 2324, įgyvendintas taip plačiai, kad šio kodo negalima naudoti niekam kitam.
    .advice = Serveris atmetė šią užklausą ir grąžino juokais sugalvotą būsenos kodą.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Daugiau ramybės
    .description = Neoficialus kodas (ankstyvoji Twitter API): klientui taikomas užklausų dažnio ribojimas. Standartiniai serveriai vietoj jo naudoja 429.
    .advice = Per daug užklausų per trumpą laiką. Šiek tiek palaukite, tada bandykite dar kartą.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Klaidingai nukreipta užklausa
    .description = Užklausa pasiekė serverį, kuris nesukonfigūruotas atsakyti į šios schemos ir autoriteto (pagrindinio kompiuterio vardo ir prievado) užklausas, dažnai per pakartotinai naudojamą ryšį.
    .advice = Bandykite dar kartą. Jei problema išlieka, paleiskite naršyklę iš naujo.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Neapdorojamas turinys
    .description = Užklausa suformuota teisingai, bet serveris negali atlikti veiksmų pagal jos turinį, pavyzdžiui, dėl tikrinimo klaidų.
    .advice = Dalis jūsų įvestų duomenų yra netinkama. Patikrinkite juos ir bandykite dar kartą.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Išteklius užrakintas
    .description = WebDAV: išteklius užrakintas, todėl šio metodo jam taikyti negalima.
    .advice = Šis turinys užrakintas, nes su juo dirba kas nors kitas. Bandykite dar kartą vėliau.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Neįvykdyta priklausomybė
    .description = WebDAV: metodo nepavyko įvykdyti, nes nepavyko kitas veiksmas, nuo kurio jis priklauso.
    .advice = Jūsų užklausos nepavyko užbaigti, nes nepavyko susijęs veiksmas. Bandykite dar kartą.
# 425 Too Early, RFC 8470.
http-425 = Per ankstyva užklausa
    .description = Serveris nenori apdoroti užklausos, kuri gali būti pakartota, pavyzdžiui, tokios, kuri išsiųsta kaip TLS ankstyvieji duomenys.
    .advice = Po akimirkos bandykite dar kartą.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Reikalingas naujinimas
    .description = Serveris atsisako apdoroti užklausą naudojant dabartinį protokolą; antraštėje Upgrade nurodytas protokolas, į kurį reikia pereiti.
    .advice = Jūsų naršyklei reikia naujesnio ryšio būdo. Atnaujinkite naršyklę, tada bandykite dar kartą.
# 428 Precondition Required, RFC 6585.
http-428 = Reikalinga išankstinė sąlyga
    .description = Serveris reikalauja, kad užklausa būtų sąlyginė, pavyzdžiui, su If-Match, kad nebūtų prarasti atnaujinimai.
    .advice = Įkelkite puslapį iš naujo ir bandykite dar kartą.
# 429 Too Many Requests, RFC 6585.
http-429 = Per daug užklausų
    .description = Klientas per tam tikrą laiką išsiuntė per daug užklausų; antraštė Retry-After gali nurodyti, kiek laiko reikia palaukti.
    .advice = Pateikėte per daug užklausų. Šiek tiek palaukite, tada bandykite dar kartą.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Per dideli užklausos antraštės laukai
    .description = Serveris atmeta užklausą, nes vienas antraštės laukas arba visi laukai kartu yra per dideli.
    .advice = Gali padėti, jei naršyklėje išvalysite šios svetainės slapukus. Tada bandykite dar kartą.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Viršytas prisijungimo laukimo laikas
    .description = Neoficialus kodas (Microsoft IIS): kliento seanso galiojimas baigėsi ir naudotojas turi prisijungti iš naujo.
    .advice = Jūsų seanso galiojimas baigėsi. Prisijunkite iš naujo.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Be atsakymo
    .description = Neoficialus kodas (nginx, tik vidinis naudojimas): serveris nutraukė ryšį neišsiuntęs jokio atsakymo. Šis kodas matomas žurnaluose, bet niekada nesiunčiamas klientams.
    .advice = Serveris nutraukė ryšį neatsakęs. Bandykite dar kartą vėliau.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Pakartotinis bandymas su informacija
    .description = Neoficialus kodas (Microsoft IIS): užklausoje trūko informacijos, todėl ją reikėtų pakartoti, kai klientas šią informaciją pateiks.
    .advice = Trūksta tam tikros informacijos. Bandykite dar kartą.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Prieiga užblokuota Windows tėvų kontrolės
    .description = Neoficialus kodas (Microsoft): Windows tėvų kontrolė užblokavo prieigą prie prašomo puslapio.
    .advice = Šio kompiuterio tėvų kontrolė užblokavo šį puslapį.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Išteklius nepasiekiamas dėl teisinių priežasčių
    .description = Serveris neleidžia pasiekti ištekliaus dėl teisinio reikalavimo, pavyzdžiui, teismo nutarties.
    .advice = Dėl teisinių priežasčių šis turinys jums nepasiekiamas.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Per didelė užklausos antraštė
    .description = Neoficialus kodas (nginx): užklausa arba viena iš jos antraštės eilučių yra per didelė; tai kodo 431 pirmtakas.
    .advice = Gali padėti, jei naršyklėje išvalysite šios svetainės slapukus. Tada bandykite dar kartą.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL sertifikato klaida
    .description = Neoficialus kodas (nginx): kliento sertifikatas, pateiktas TLS kliento autentifikavimui, negalioja.
    .advice = Jūsų saugos sertifikatas nepriimtas. Susisiekite su svetainės administratoriumi.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Reikalingas SSL sertifikatas
    .description = Neoficialus kodas (nginx): serveris reikalauja TLS kliento sertifikato, bet klientas jo nepateikė.
    .advice = Šiai svetainei reikalingas jūsų įrenginio saugos sertifikatas. Susisiekite su svetainės administratoriumi.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP užklausa išsiųsta į HTTPS prievadą
    .description = Neoficialus kodas (nginx): nešifruota HTTP užklausa atėjo į prievadą, kuris tikisi HTTPS.
    .advice = Naudokite adresą, prasidedantį https://, ir bandykite dar kartą.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Kliento atšaukta užklausa
    .description = Neoficialus kodas (nginx žurnalai): klientas nutraukė ryšį, kol serveris dar nespėjo išsiųsti atsakymo.
    .advice = Užklausa buvo atšaukta dar prieš jai pasibaigiant. Bandykite dar kartą.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Vidinė serverio klaida
    .description = Serveris susidūrė su netikėta situacija, kuri sutrukdė įvykdyti užklausą.
    .advice = Mūsų pusėje įvyko klaida. Bandykite dar kartą vėliau.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Neįgyvendinta funkcija
    .description = Serveris nepalaiko funkcijos, reikalingos užklausai įvykdyti, pavyzdžiui, nežinomo užklausos metodo.
    .advice = Ši funkcija šioje svetainėje nepasiekiama.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Netinkamas šliuzas
    .description = Šliuzas arba tarpinis serveris gavo netinkamą atsakymą iš aukštesniojo lygio serverio, į kurį kreipėsi.
    .advice = Svetainei nepavyksta pasiekti vieno iš savo serverių. Bandykite dar kartą po kelių minučių.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Paslauga nepasiekiama
    .description = Serveris šiuo metu negali apdoroti užklausos dėl perkrovos arba techninės priežiūros; antraštė Retry-After gali nurodyti, kada bandyti dar kartą.
    .advice = Svetainė laikinai nepasiekiama. Bandykite dar kartą vėliau.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Viršytas šliuzo laukimo laikas
    .description = Šliuzas arba tarpinis serveris laiku negavo atsakymo iš aukštesniojo lygio serverio.
    .advice = Svetainė per ilgai neatsako. Bandykite dar kartą po kelių minučių.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Nepalaikoma HTTP versija
    .description = Serveris nepalaiko pagrindinės HTTP versijos, naudojamos užklausoje.
    .advice = Jūsų naršyklė naudoja ryšio būdą, kurio šis serveris nepalaiko. Atnaujinkite naršyklę, tada bandykite dar kartą.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Taip pat besiderantis variantas
    .description = Serveryje netinkamai sukonfigūruotos skaidriosios turinio derybos: pasirinktas variantas pats sukonfigūruotas derėtis.
    .advice = Svetainė netinkamai sukonfigūruota. Bandykite dar kartą vėliau.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Nepakankama saugyklos vieta
    .description = WebDAV: serveris negali išsaugoti to, ko reikia užklausai užbaigti.
    .advice = Serveryje baigėsi vieta saugykloje. Bandykite dar kartą vėliau.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Aptiktas ciklas
    .description = WebDAV: serveris sustabdė operaciją, nes aptiko begalinį ciklą, pavyzdžiui, susiejimuose, kurių Depth reikšmė yra begalybė.
    .advice = Apdorodamas jūsų užklausą, serveris pateko į ciklą. Bandykite dar kartą vėliau.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Viršytas pralaidumo limitas
    .description = Neoficialus kodas (Apache ir cPanel prieglobos paslaugos): svetainė išnaudojo visą pralaidumą, kurį leidžia jos prieglobos planas.
    .advice = Ši svetainė viršijo jai leidžiamą srauto kiekį. Bandykite dar kartą vėliau.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Neišplėsta užklausa
    .description = Pasenęs: užklausa neatitiko HTTP plėtinių sistemos plėtinių politikos; ši sistema dabar turi istorinės specifikacijos statusą.
    .advice = Serveris negalėjo apdoroti šios užklausos. Bandykite dar kartą vėliau.
# 511 Network Authentication Required, RFC 6585.
http-511 = Reikalingas tinklo autentifikavimas
    .description = Klientas turi autentifikuotis, kad gautų prieigą prie tinklo, paprastai per prieigos portalo (angl. captive portal) prisijungimo puslapį.
    .advice = Prisijunkite prie tinklo, prie kurio esate prisijungę, pavyzdžiui, jo Wi-Fi prisijungimo puslapyje.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Nežinoma žiniatinklio serverio klaida
    .description = Neoficialus kodas (Cloudflare): pradinis serveris grąžino tuščią, nežinomą arba netikėtą atsakymą.
    .advice = Svetainės serveris atsakė netikėtai. Bandykite dar kartą po kelių minučių.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Neveikiantis žiniatinklio serveris
    .description = Neoficialus kodas (Cloudflare): pradinis serveris atmetė ryšį.
    .advice = Svetainės serveris šiuo metu nepasiekiamas. Bandykite dar kartą vėliau.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Viršytas ryšio laukimo laikas
    .description = Neoficialus kodas (Cloudflare): jungiantis TCP ryšiu prie pradinio serverio viršytas laukimo laikas.
    .advice = Svetainės serveris per ilgai neatsakė. Bandykite dar kartą vėliau.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Pradinis serveris nepasiekiamas
    .description = Neoficialus kodas (Cloudflare): Cloudflare nepavyko pasiekti pradinio serverio, pavyzdžiui, dėl DNS ar maršruto parinkimo problemos.
    .advice = Svetainės serveris šiuo metu nepasiekiamas. Bandykite dar kartą vėliau.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Viršytas laukimo laikas
    .description = Neoficialus kodas (Cloudflare): ryšys su pradiniu serveriu užmegztas, bet serveris laiku neišsiuntė HTTP atsakymo.
    .advice = Svetainės serveris per ilgai neatsakė. Bandykite dar kartą vėliau.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Nepavykęs SSL ryšio užmezgimas
    .description = Neoficialus kodas (Cloudflare): nepavyko TLS ryšio užmezgimo procedūra (angl. handshake) tarp Cloudflare ir pradinio serverio.
    .advice = Nepavyko užmegzti saugaus ryšio su svetainės serveriu. Bandykite dar kartą vėliau.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Netinkamas SSL sertifikatas
    .description = Neoficialus kodas (Cloudflare): Cloudflare nepavyko patvirtinti pradinio serverio TLS sertifikato.
    .advice = Nepavyko patikrinti svetainės saugos sertifikato. Bandykite dar kartą vėliau.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Pradinio serverio DNS klaida
    .description = Neoficialus kodas (Cloudflare): siunčiamas kartu su Cloudflare 1xxx klaida, dažniausiai tada, kai nepavyksta išspręsti pradinio serverio DNS vardo.
    .advice = Svetainė šiuo metu nepasiekiama. Bandykite dar kartą vėliau.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Viršytas tinklo skaitymo laukimo laikas
    .description = Neoficialus kodas (kai kurių tarpinių serverių konvencija): skaitant atsakymą iš aukštesniojo lygio serverio viršytas laukimo laikas.
    .advice = Svetainė per ilgai neatsakė. Bandykite dar kartą vėliau.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Viršytas tinklo jungimosi laukimo laikas
    .description = Neoficialus kodas (kai kurių tarpinių serverių konvencija): jungiantis prie aukštesniojo lygio serverio viršytas laukimo laikas.
    .advice = Svetainės nepavyko laiku pasiekti. Bandykite dar kartą vėliau.
