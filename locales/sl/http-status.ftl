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
http-unknown = Neznano stanje
    .description = Ta koda ni veljavna koda stanja HTTP; veljavne kode so trimestna števila od 100 do 599.
    .advice = Zgodilo se je nekaj nepričakovanega. Poskusite znova pozneje.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informativni odgovor
    .description = Vmesni odgovor: strežnik je prejel zahtevo in jo še obdeluje. Končni odgovor bo sledil.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Uspeh
    .description = Strežnik je zahtevo prejel, razumel in sprejel.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Preusmeritev
    .description = Odjemalec mora za dokončanje zahteve izvesti še dodatno dejanje, navadno slediti povezavi na drug naslov.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Napaka odjemalca
    .description = Zahteva vsebuje napako ali pa je ni mogoče izpolniti takšne, kot je bila poslana; odjemalec je ne bi smel ponoviti nespremenjene.
    .advice = Preverite naslov in to, kar ste vnesli, nato poskusite znova.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Napaka strežnika
    .description = Strežniku ni uspelo izpolniti zahteve, ki je videti veljavna.
    .advice = Težava je na naši strani. Poskusite znova čez nekaj minut.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Nadaljevanje
    .description = Strežnik je prejel glave zahteve in odjemalec lahko nadaljuje pošiljanje telesa zahteve.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Preklop protokola
    .description = Strežnik se strinja z odjemalčevo zahtevo Upgrade in preklopi na protokol, naveden v odgovoru, na primer na WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Obdelava
    .description = WebDAV: strežnik je sprejel zahtevo in jo še obdeluje, zato pri odjemalcu časovna omejitev ne bi smela poteči.
# 103 Early Hints, RFC 8297.
http-103 = Zgodnji namigi
    .description = Pošlje se pred končnim odgovorom, da lahko odjemalec začne vnaprej nalagati vire, navedene v glavah Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Podprto nadaljevanje nalaganja
    .description = Strežnik podpira nalaganja, ki jih je mogoče nadaljevati, in odjemalcu sporoči, kje lahko nadaljuje prekinjeno nalaganje. Ta koda je registrirana le začasno.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = V redu
    .description = Zahteva je uspela. Kaj vsebuje odgovor, je odvisno od metode zahteve.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Ustvarjeno
    .description = Zahteva je uspela in ustvarila enega ali več novih virov, ki jih navadno določa glava Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Sprejeto
    .description = Zahteva je bila sprejeta v obdelavo, vendar obdelava še ni končana in lahko še vedno spodleti.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Neavtoritativne informacije
    .description = Zahteva je uspela, vendar je preoblikovalni posredniški strežnik spremenil vsebino, ki jo je poslal izvorni strežnik.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Brez vsebine
    .description = Zahteva je uspela in v telesu odgovora ni nobene vsebine za pošiljanje.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Ponastavitev vsebine
    .description = Zahteva je uspela in odjemalec bi moral ponastaviti obrazec ali pogled, ki jo je poslal, na primer zato, da omogoči nov vnos.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Delna vsebina
    .description = Strežnik pošilja le tiste dele vira, ki jih je odjemalec zahteval z glavo Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Več stanj
    .description = WebDAV: telo je dokument XML z ločenim stanjem za vsakega od več virov.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Že sporočeno
    .description = WebDAV: člani te zbirke so bili že navedeni prej v istem odgovoru in se ne ponavljajo.
# 226 IM Used, RFC 3229.
http-226 = Uporabljen IM
    .description = Strežnik je izpolnil zahtevo GET s kodiranjem delta: odgovor je rezultat manipulacij primerka, uporabljenih za trenutni vir.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Več možnosti
    .description = Vir je na voljo v več predstavitvah, med katerimi lahko izbere odjemalec ali uporabnik.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Trajno premaknjeno
    .description = Vir ima nov trajni naslov, naveden v glavi Location; povezave bi bilo treba posodobiti, da kažejo nanj.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Najdeno
    .description = Vir je začasno na drugem naslovu, navedenem v glavi Location. Odjemalci pri sledenju tej preusmeritvi pogosto zamenjajo metodo POST z GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Glej drug vir
    .description = Odjemalec bi moral z zahtevo GET pridobiti drug vir, naveden v glavi Location, na primer stran z rezultatom po oddaji obrazca.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Nespremenjeno
    .description = Pogojna zahteva GET ali HEAD je ugotovila, da se vir ni spremenil, zato lahko odjemalec uporabi svojo kopijo iz predpomnilnika.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Uporaba posredniškega strežnika
    .description = Opuščeno: koda je nekoč odjemalcu naročala, naj zahtevo ponovi prek posredniškega strežnika. Odjemalci je iz varnostnih razlogov ne upoštevajo več.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Zamenjava posredniškega strežnika (ni v uporabi)
    .description = Rezervirano: ta koda je bila uporabljena v enem od prejšnjih osnutkov HTTP in se ne uporablja več.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Začasna preusmeritev
    .description = Vir je začasno na drugem naslovu in odjemalec mora tam ponoviti zahtevo z isto metodo in istim telesom.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Trajna preusmeritev
    .description = Vir ima nov trajni naslov in odjemalec mora tam ponoviti zahtevo z isto metodo in istim telesom.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Neveljavna zahteva
    .description = Strežnik zahteve ne more obdelati zaradi napake odjemalca, na primer zaradi nepravilne sintakse ali neveljavnega uokvirjanja sporočila.
    .advice = Preverite naslov ali obrazec, ki ste ga oddali, nato poskusite znova.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Nepooblaščeno
    .description = Zahtevi manjkajo veljavne poverilnice za preverjanje pristnosti; glava WWW-Authenticate pove, kako preveriti pristnost.
    .advice = Prijavite se, nato poskusite znova.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Potrebno plačilo
    .description = Rezervirano za prihodnjo uporabo. Nekatere storitve to kodo pošljejo, kadar je potrebno plačilo ali naročnina.
    .advice = Za to vsebino je morda potrebno plačilo ali naročnina.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Prepovedano
    .description = Strežnik je zahtevo razumel, vendar jo noče izpolniti; ponovna prijava tega ne bo spremenila.
    .advice = Nimate dovoljenja za ogled te strani.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Ni najdeno
    .description = Strežnik na tem naslovu ni našel ničesar in ne more povedati, ali bo tam kdaj kaj našel.
    .advice = Preverite, ali je v naslovu tipkarska napaka, ali pa se vrnite na domačo stran.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Nedovoljena metoda
    .description = Vir ne podpira metode zahteve; glava Allow navaja metode, ki jih podpira.
    .advice = To dejanje tukaj ni na voljo. Vrnite se in poskusite na drug način.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Nesprejemljivo
    .description = Strežnik nima nobene predstavitve vira, ki bi ustrezala glavam Accept v zahtevi.
    .advice = Ta stran ni na voljo v obliki zapisa ali jeziku, ki ga sprejema vaš brskalnik.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Potrebno preverjanje pristnosti za posredniški strežnik
    .description = Podobno kot 401, vendar mora odjemalec najprej preveriti pristnost pri posredniškem strežniku, kot to opisuje glava Proxy-Authenticate.
    .advice = Prijavite se v posredniški strežnik svojega omrežja, nato poskusite znova.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Potekla časovna omejitev zahteve
    .description = Strežnik celotne zahteve ni prejel v času, ko je bil nanjo pripravljen čakati, in je zaprl povezavo.
    .advice = Povezava je trajala predolgo. Poskusite znova.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Spor
    .description = Zahteva je v sporu s trenutnim stanjem vira, na primer pri urejanju, ki temelji na zastareli različici.
    .advice = Morda je nekdo hkrati spremenil to vsebino. Znova naložite stran in poskusite še enkrat.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Odstranjeno
    .description = Vir je bil namerno odstranjen in se ne bo vrnil; povezave nanj bi bilo treba izbrisati.
    .advice = Ta stran je bila trajno odstranjena.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Potrebna navedba dolžine
    .description = Strežnik zavrne zahtevo, ki ima telo, nima pa glave Content-Length.
    .advice = Vaš brskalnik je poslal nepopolno zahtevo. Poskusite znova.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Neizpolnjen predpogoj
    .description = Pogoj v glavah zahteve, na primer If-Match ali If-Unmodified-Since, je bil v strežniku ovrednoten kot neresničen.
    .advice = Vsebina se je spremenila, odkar ste jo naložili. Znova naložite stran in poskusite še enkrat.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Prevelika vsebina
    .description = Vsebina zahteve je večja, kot jo je strežnik pripravljen ali zmožen obdelati.
    .advice = To, kar ste poslali, je preveliko. Poskusite z manjšo datoteko.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = Predolg URI
    .description = Ciljni URI zahteve je daljši, kot ga je strežnik pripravljen interpretirati.
    .advice = Naslov je predolg. Preverite ga ali začnite znova na domači strani.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Nepodprta vrsta medija
    .description = Strežnik ne podpira oblike zapisa vsebine zahteve, kot jo določa glava Content-Type ali Content-Encoding.
    .advice = Ta vrsta datoteke tukaj ni podprta.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Neizpolnljiv obseg
    .description = Noben od obsegov v glavi Range zahteve niti delno ne leži znotraj trenutne dolžine vira.
    .advice = Zahtevani del datoteke ni na voljo. Poskusite jo znova prenesti od začetka.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Neizpolnjeno pričakovanje
    .description = Strežnik ne more izpolniti pričakovanja, navedenega v glavi Expect zahteve.
    .advice = Vaš brskalnik je poslal zahtevo, ki je ta strežnik ne more obdelati. Poskusite znova.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Sem čajnik (ni v uporabi)
    .description = Rezervirano: prvoaprilska šala iz RFC 2324, ki se je tako razširila, da kode ni mogoče uporabiti za nič drugega.
    .advice = Strežnik je to zahtevo zavrnil s šaljivo kodo stanja.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Le počasi
    .description = Neuradna koda (zgodnji API Twitterja): odjemalcu je omejena pogostost zahtev. Standardni strežniki namesto nje uporabljajo 429.
    .advice = V kratkem času je bilo poslanih preveč zahtev. Počakajte trenutek, nato poskusite znova.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Napačno usmerjena zahteva
    .description = Zahteva je prispela do strežnika, ki ni konfiguriran tako, da bi odgovarjal za to shemo in avtoriteto (gostitelja in vrata), pogosto prek znova uporabljene povezave.
    .advice = Poskusite znova. Če se težava ponavlja, znova zaženite brskalnik.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Vsebine ni mogoče obdelati
    .description = Zahteva je pravilno oblikovana, vendar strežnik njene vsebine ne more obdelati, na primer zaradi napak pri preverjanju veljavnosti.
    .advice = Nekateri podatki, ki ste jih vnesli, niso veljavni. Preverite jih in poskusite znova.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Zaklenjeno
    .description = WebDAV: vir je zaklenjen, zato te metode zanj ni mogoče uporabiti.
    .advice = Ta vsebina je zaklenjena, ker z njo dela nekdo drug. Poskusite znova pozneje.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Napaka odvisnosti
    .description = WebDAV: metode ni bilo mogoče izvesti, ker drugo dejanje, od katerega je odvisna, ni uspelo.
    .advice = Vaše zahteve ni bilo mogoče dokončati, ker povezan korak ni uspel. Poskusite znova.
# 425 Too Early, RFC 8470.
http-425 = Prezgodaj
    .description = Strežnik noče obdelati zahteve, ki bi lahko bila ponovno poslana, na primer zahteve, poslane kot zgodnji podatki TLS.
    .advice = Poskusite znova čez trenutek.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Potrebna nadgradnja
    .description = Strežnik zavrača zahtevo prek trenutnega protokola; glava Upgrade navaja protokol, na katerega je treba preklopiti.
    .advice = Vaš brskalnik potrebuje novejši način povezovanja. Posodobite brskalnik, nato poskusite znova.
# 428 Precondition Required, RFC 6585.
http-428 = Potreben predpogoj
    .description = Strežnik terja, da je zahteva pogojna, na primer z glavo If-Match, da se prepreči izguba posodobitev.
    .advice = Znova naložite stran in poskusite še enkrat.
# 429 Too Many Requests, RFC 6585.
http-429 = Preveč zahtev
    .description = Odjemalec je v določenem času poslal preveč zahtev; glava Retry-After lahko pove, koliko časa naj počaka.
    .advice = Poslali ste preveč zahtev. Počakajte trenutek, nato poskusite znova.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Prevelika polja glave zahteve
    .description = Strežnik zavrne zahtevo, ker je eno od polj glave preveliko ali pa so vsa polja skupaj prevelika.
    .advice = Morda bo pomagalo, če v brskalniku izbrišete piškotke tega spletnega mesta. Nato poskusite znova.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Potekla časovna omejitev prijave
    .description = Neuradna koda (Microsoft IIS): odjemalčeva seja je potekla in uporabnik se mora znova prijaviti.
    .advice = Vaša seja je potekla. Znova se prijavite.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Brez odgovora
    .description = Neuradna koda (nginx, le interno): strežnik je zaprl povezavo, ne da bi poslal kakršen koli odgovor. Pojavi se v dnevnikih, nikoli pri odjemalcih.
    .advice = Strežnik je zaprl povezavo brez odgovora. Poskusite znova pozneje.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Ponovni poskus z dodatnimi podatki
    .description = Neuradna koda (Microsoft IIS): zahtevi so manjkali podatki, zato bi jo bilo treba ponoviti, ko jih odjemalec zagotovi.
    .advice = Nekateri podatki manjkajo. Poskusite znova.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Blokirano s starševskim nadzorom sistema Windows
    .description = Neuradna koda (Microsoft): starševski nadzor sistema Windows je blokiral dostop do zahtevane strani.
    .advice = Starševski nadzor v tem računalniku je blokiral to stran.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Ni na voljo iz pravnih razlogov
    .description = Strežnik zavrača dostop do vira zaradi pravnega zahtevka, na primer sodne odredbe.
    .advice = Ta vsebina vam iz pravnih razlogov ni na voljo.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Prevelika glava zahteve
    .description = Neuradna koda (nginx): zahteva ali ena od njenih vrstic glave je prevelika; predhodnica kode 431.
    .advice = Morda bo pomagalo, če v brskalniku izbrišete piškotke tega spletnega mesta. Nato poskusite znova.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Napaka potrdila SSL
    .description = Neuradna koda (nginx): odjemalčevo potrdilo, predloženo za preverjanje pristnosti odjemalca prek TLS, ni veljavno.
    .advice = Vaše varnostno potrdilo ni bilo sprejeto. Obrnite se na skrbnika spletnega mesta.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Potrebno potrdilo SSL
    .description = Neuradna koda (nginx): strežnik zahteva odjemalčevo potrdilo TLS, odjemalec pa ga ni predložil.
    .advice = To spletno mesto potrebuje varnostno potrdilo iz vaše naprave. Obrnite se na skrbnika spletnega mesta.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Zahteva HTTP, poslana na vrata HTTPS
    .description = Neuradna koda (nginx): nešifrirana zahteva HTTP je prispela na vrata, ki pričakujejo HTTPS.
    .advice = Uporabite naslov, ki se začne s https://, in poskusite znova.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Preklic zahteve na strani odjemalca
    .description = Neuradna koda (dnevniki nginx): odjemalec je zaprl povezavo, preden je strežnik lahko poslal svoj odgovor.
    .advice = Zahteva je bila preklicana, preden je bila dokončana. Poskusite znova.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Notranja napaka strežnika
    .description = Strežnik je naletel na nepričakovano stanje, ki mu je preprečilo izpolnitev zahteve.
    .advice = Na naši strani je šlo nekaj narobe. Poskusite znova pozneje.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Ni implementirano
    .description = Strežnik ne podpira funkcionalnosti, potrebne za izpolnitev zahteve, na primer neznane metode zahteve.
    .advice = Ta funkcija na tem spletnem mestu ni na voljo.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Napaka prehoda
    .description = Prehod ali posredniški strežnik je prejel neveljaven odgovor od nadrejenega strežnika, s katerim je vzpostavil stik.
    .advice = Spletno mesto ima težave pri dostopu do enega od svojih strežnikov. Poskusite znova čez nekaj minut.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Storitev ni na voljo
    .description = Strežnik trenutno ne more obdelati zahteve zaradi preobremenitve ali vzdrževanja; glava Retry-After lahko pove, kdaj poskusiti znova.
    .advice = Spletno mesto začasno ni na voljo. Poskusite znova pozneje.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Potekla časovna omejitev prehoda
    .description = Prehod ali posredniški strežnik ni pravočasno prejel odgovora od nadrejenega strežnika.
    .advice = Spletno mesto se predolgo odziva. Poskusite znova čez nekaj minut.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Nepodprta različica HTTP
    .description = Strežnik ne podpira glavne različice HTTP, uporabljene v zahtevi.
    .advice = Vaš brskalnik uporablja način povezovanja, ki ga ta strežnik ne podpira. Posodobite brskalnik, nato poskusite znova.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Tudi različica se pogaja
    .description = Transparentno pogajanje o vsebini je v strežniku napačno konfigurirano: izbrana različica je tudi sama nastavljena za pogajanje.
    .advice = Spletno mesto je napačno konfigurirano. Poskusite znova pozneje.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Premalo prostora za shranjevanje
    .description = WebDAV: strežnik ne more shraniti tistega, kar je potrebno za dokončanje zahteve.
    .advice = Strežniku je zmanjkalo prostora za shranjevanje. Poskusite znova pozneje.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Zaznana zanka
    .description = WebDAV: strežnik je ustavil operacijo, ker je naletel na neskončno zanko, na primer pri vezavah, kjer ima Depth vrednost infinity.
    .advice = Strežnik je med obdelavo vaše zahteve naletel na zanko. Poskusite znova pozneje.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Presežena omejitev pasovne širine
    .description = Neuradna koda (Apache in gostovanje cPanel): spletno mesto je porabilo vso pasovno širino, ki jo dovoljuje njegov paket gostovanja.
    .advice = To spletno mesto je preseglo dovoljeno količino prometa. Poskusite znova pozneje.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Brez razširitve
    .description = Zastarelo: zahteva ni izpolnila pravilnika o razširitvah ogrodja HTTP Extension Framework, ki ima zdaj status Historic.
    .advice = Strežnik te zahteve ni mogel obdelati. Poskusite znova pozneje.
# 511 Network Authentication Required, RFC 6585.
http-511 = Potrebno preverjanje pristnosti v omrežju
    .description = Odjemalec mora preveriti pristnost, da dobi dostop do omrežja, navadno prek strani za prijavo prestreznega portala (captive portal).
    .advice = Prijavite se v omrežje, s katerim ste povezani, na primer na njegovi strani za prijavo v Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Neznana napaka spletnega strežnika
    .description = Neuradna koda (Cloudflare): izvorni strežnik je vrnil prazen, neznan ali nepričakovan odgovor.
    .advice = Strežnik spletnega mesta se je odzval nepričakovano. Poskusite znova čez nekaj minut.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Izpad spletnega strežnika
    .description = Neuradna koda (Cloudflare): izvorni strežnik je zavrnil povezavo.
    .advice = Strežnik spletnega mesta trenutno ni dosegljiv. Poskusite znova pozneje.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Potekla časovna omejitev povezave
    .description = Neuradna koda (Cloudflare): pri povezavi TCP z izvornim strežnikom je potekla časovna omejitev.
    .advice = Strežnik spletnega mesta se ni odzval dovolj hitro. Poskusite znova pozneje.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Nedosegljiv izvorni strežnik
    .description = Neuradna koda (Cloudflare): storitev Cloudflare ni mogla doseči izvornega strežnika, na primer zaradi težave z DNS ali usmerjanjem.
    .advice = Strežnik spletnega mesta trenutno ni dosegljiv. Poskusite znova pozneje.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Potekla časovna omejitev
    .description = Neuradna koda (Cloudflare): povezava z izvornim strežnikom je uspela, vendar ta ni pravočasno poslal odgovora HTTP.
    .advice = Strežnik spletnega mesta se ni odzval dovolj hitro. Poskusite znova pozneje.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Neuspešno rokovanje SSL
    .description = Neuradna koda (Cloudflare): rokovanje TLS med storitvijo Cloudflare in izvornim strežnikom ni uspelo.
    .advice = Varne povezave s strežnikom spletnega mesta ni bilo mogoče vzpostaviti. Poskusite znova pozneje.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Neveljavno potrdilo SSL
    .description = Neuradna koda (Cloudflare): storitev Cloudflare ni mogla preveriti veljavnosti potrdila TLS izvornega strežnika.
    .advice = Varnostnega potrdila spletnega mesta ni bilo mogoče preveriti. Poskusite znova pozneje.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Napaka DNS izvornega strežnika
    .description = Neuradna koda (Cloudflare): pošlje se skupaj z napako Cloudflare 1xxx, najpogosteje takrat, ko imena DNS izvornega strežnika ni mogoče razrešiti.
    .advice = Spletno mesto trenutno ni dosegljivo. Poskusite znova pozneje.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Potekla časovna omejitev branja iz omrežja
    .description = Neuradna koda (dogovor nekaterih posredniških strežnikov): pri branju odgovora z nadrejenega strežnika je potekla časovna omejitev.
    .advice = Spletno mesto se je predolgo odzivalo. Poskusite znova pozneje.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Potekla časovna omejitev povezovanja v omrežju
    .description = Neuradna koda (dogovor nekaterih posredniških strežnikov): pri vzpostavljanju povezave z nadrejenim strežnikom je potekla časovna omejitev.
    .advice = Spletnega mesta ni bilo mogoče pravočasno doseči. Poskusite znova pozneje.
