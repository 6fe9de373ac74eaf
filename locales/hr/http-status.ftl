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
http-unknown = Nepoznat status
    .description = Statusni kôd nije valjan HTTP statusni kôd; valjani kôdovi troznamenkasti su brojevi od 100 do 599.
    .advice = Dogodilo se nešto neočekivano. Molimo pokušajte ponovno kasnije.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informacije
    .description = Privremeni odgovor: poslužitelj je primio zahtjev i još ga obrađuje. Konačni odgovor slijedi.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Uspjeh
    .description = Poslužitelj je primio, razumio i prihvatio zahtjev.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Preusmjeravanje
    .description = Da bi dovršio zahtjev, klijent mora poduzeti dodatnu radnju, obično slijediti poveznicu na drugu adresu.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Pogreška klijenta
    .description = Zahtjev sadrži pogrešku ili se ne može ispuniti u obliku u kojem je poslan; klijent ga ne bi trebao ponavljati bez izmjena.
    .advice = Provjerite adresu i ono što ste unijeli, a zatim pokušajte ponovno.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Pogreška poslužitelja
    .description = Poslužitelj nije uspio ispuniti zahtjev koji se čini valjanim.
    .advice = Problem je na našoj strani. Molimo pokušajte ponovno za nekoliko minuta.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Nastavak
    .description = Poslužitelj je primio zaglavlja zahtjeva i klijent može nastaviti slati tijelo zahtjeva.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Promjena protokola
    .description = Poslužitelj pristaje na klijentov zahtjev sa zaglavljem Upgrade i prelazi na protokol naveden u odgovoru, primjerice WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Obrada
    .description = WebDAV: poslužitelj je prihvatio zahtjev i još ga obrađuje pa klijent ne bi trebao prekinuti zahtjev zbog isteka vremena.
# 103 Early Hints, RFC 8297.
http-103 = Rane naznake
    .description = Šalje se prije konačnog odgovora kako bi klijent mogao početi unaprijed učitavati resurse navedene u zaglavljima Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Podržan nastavak prijenosa
    .description = Poslužitelj podržava prijenose koji se mogu nastaviti i javlja klijentu odakle može nastaviti prijenos koji je bio prekinut. Ovaj je kôd registriran samo privremeno.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Zahtjev je uspio. Sadržaj odgovora ovisi o metodi zahtjeva.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Stvoreno
    .description = Zahtjev je uspio i stvorio jedan ili više novih resursa, koji se obično navode u zaglavlju Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Prihvaćeno
    .description = Zahtjev je prihvaćen na obradu, ali obrada još nije završena i još uvijek može ne uspjeti.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Neautoritativne informacije
    .description = Zahtjev je uspio, ali je transformirajući proxy poslužitelj izmijenio sadržaj koji je poslao izvorni poslužitelj.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Bez sadržaja
    .description = Zahtjev je uspio i nema sadržaja koji bi se poslao u tijelu odgovora.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Poništavanje sadržaja
    .description = Zahtjev je uspio i klijent bi trebao poništiti obrazac ili prikaz iz kojeg je zahtjev poslan, primjerice kako bi omogućio novi unos.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Djelomičan sadržaj
    .description = Poslužitelj šalje samo one dijelove resursa koje je klijent zatražio zaglavljem Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Višestruki status
    .description = WebDAV: tijelo je XML dokument sa zasebnim statusom za svaki od nekoliko resursa.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Već navedeno
    .description = WebDAV: članovi ove zbirke već su navedeni ranije u istom odgovoru i ne ponavljaju se.
# 226 IM Used, RFC 3229.
http-226 = IM Used
    .description = Poslužitelj je ispunio GET zahtjev delta kodiranjem: odgovor je rezultat manipulacija instance primijenjenih na trenutačni resurs.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Više mogućnosti
    .description = Resurs je dostupan u nekoliko prikaza, a klijent ili korisnik može odabrati jedan od njih.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Trajno premješteno
    .description = Resurs ima novu trajnu adresu, navedenu u zaglavlju Location; poveznice bi trebalo ažurirati tako da vode na nju.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Pronađeno
    .description = Resurs se privremeno nalazi na drugoj adresi, navedenoj u zaglavlju Location. Klijenti pri slijeđenju preusmjeravanja obično mijenjaju POST u GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Pogledajte drugi resurs
    .description = Klijent bi trebao GET zahtjevom dohvatiti drugi resurs, naveden u zaglavlju Location, primjerice stranicu s rezultatom nakon slanja obrasca.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Nepromijenjeno
    .description = Uvjetni GET ili HEAD zahtjev utvrdio je da resurs nije promijenjen pa klijent može upotrijebiti svoju kopiju iz predmemorije.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Uporaba proxy poslužitelja
    .description = Ne preporučuje se: nekoć je od klijenta tražio da ponovi zahtjev putem proxy poslužitelja. Klijenti ga iz sigurnosnih razloga više ne slijede.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Promjena proxy poslužitelja (nije u uporabi)
    .description = Rezervirano: ovaj se kôd upotrebljavao u ranijem nacrtu HTTP-a i više se ne upotrebljava.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Privremeno preusmjeravanje
    .description = Resurs se privremeno nalazi na drugoj adresi i klijent ondje mora ponoviti zahtjev s istom metodom i istim tijelom.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Trajno preusmjeravanje
    .description = Resurs ima novu trajnu adresu i klijent ondje mora ponoviti zahtjev s istom metodom i istim tijelom.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Neispravan zahtjev
    .description = Poslužitelj ne može obraditi zahtjev zbog pogreške klijenta, primjerice neispravne sintakse ili nevaljanog uokvirivanja poruke.
    .advice = Provjerite adresu ili obrazac koji ste poslali, a zatim pokušajte ponovno.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Neovlašten pristup
    .description = Zahtjevu nedostaju valjane vjerodajnice za provjeru autentičnosti; zaglavlje WWW-Authenticate navodi kako se provodi provjera autentičnosti.
    .advice = Prijavite se, a zatim pokušajte ponovno.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Potrebno plaćanje
    .description = Rezervirano za buduću uporabu. Neke ga usluge šalju kada je potrebno plaćanje ili pretplata.
    .advice = Za ovaj sadržaj možda je potrebno plaćanje ili pretplata.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Zabranjen pristup
    .description = Poslužitelj je razumio zahtjev, ali ga odbija ispuniti; ponovna prijava to neće promijeniti.
    .advice = Nemate dopuštenje za pregled ove stranice.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Nepronađen resurs
    .description = Poslužitelj na ovoj adresi nije pronašao ništa i ne može reći hoće li ondje ikada nešto biti.
    .advice = Provjerite ima li u adresi pogrešaka pri upisu ili se vratite na početnu stranicu.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Nedopuštena metoda
    .description = Resurs ne podržava metodu zahtjeva; zaglavlje Allow navodi metode koje podržava.
    .advice = Ova radnja ovdje nije dostupna. Vratite se i pokušajte na drugi način.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Neprihvatljivo
    .description = Poslužitelj nema prikaz resursa koji odgovara zaglavljima Accept u zahtjevu.
    .advice = Ova stranica nije dostupna u formatu ili na jeziku koji vaš preglednik prihvaća.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Potrebna provjera autentičnosti na proxy poslužitelju
    .description = Slično kao 401, ali klijent najprije mora proći provjeru autentičnosti na proxy poslužitelju, kako opisuje zaglavlje Proxy-Authenticate.
    .advice = Prijavite se na proxy poslužitelj svoje mreže, a zatim pokušajte ponovno.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Istek vremena zahtjeva
    .description = Poslužitelj nije primio cijeli zahtjev u vremenu koje je bio spreman čekati pa je zatvorio vezu.
    .advice = Veza je trajala predugo. Molimo pokušajte ponovno.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Sukob
    .description = Zahtjev je u sukobu s trenutačnim stanjem resursa, primjerice izmjena temeljena na zastarjeloj verziji.
    .advice = Netko je možda istodobno promijenio ovaj sadržaj. Osvježite stranicu i pokušajte ponovno.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Trajno uklonjeno
    .description = Resurs je namjerno uklonjen i neće se vratiti; poveznice na njega trebalo bi izbrisati.
    .advice = Ova je stranica trajno uklonjena.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Potrebna duljina
    .description = Poslužitelj odbija zahtjev koji ima tijelo, ali nema zaglavlje Content-Length.
    .advice = Vaš je preglednik poslao nepotpun zahtjev. Molimo pokušajte ponovno.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Neispunjen preduvjet
    .description = Poslužitelj je uvjet iz zaglavlja zahtjeva, primjerice If-Match ili If-Unmodified-Since, procijenio kao netočan.
    .advice = Sadržaj se promijenio otkako ste ga učitali. Osvježite stranicu i pokušajte ponovno.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Prevelik sadržaj
    .description = Sadržaj zahtjeva veći je od onoga što poslužitelj želi ili može obraditi.
    .advice = Ono što ste poslali preveliko je. Pokušajte s manjom datotekom.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = Predug URI
    .description = URI cilja zahtjeva dulji je od onoga što je poslužitelj spreman protumačiti.
    .advice = Adresa je preduga. Provjerite je ili krenite ispočetka s početne stranice.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Nepodržana vrsta medija
    .description = Poslužitelj ne podržava format sadržaja zahtjeva naveden u zaglavlju Content-Type ili Content-Encoding.
    .advice = Ova vrsta datoteke ovdje nije podržana.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Neispunjiv raspon
    .description = Nijedan od raspona bajtova u zaglavlju Range zahtjeva ne preklapa se s trenutačnim opsegom resursa.
    .advice = Traženi dio datoteke nije dostupan. Pokušajte je ponovno preuzeti od početka.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Neispunjeno očekivanje
    .description = Poslužitelj ne može ispuniti očekivanje navedeno u zaglavlju Expect zahtjeva.
    .advice = Vaš je preglednik poslao zahtjev koji ovaj poslužitelj ne može obraditi. Molimo pokušajte ponovno.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = „Ja sam čajnik” (nije u uporabi)
    .description = Rezervirano: prvotravanjska šala iz RFC-a 2324, toliko raširena da se kôd ne može upotrebljavati ni za što drugo.
    .advice = Poslužitelj je odbio ovaj zahtjev šaljivim statusnim kôdom.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Poziv na smirenost
    .description = Neslužbeni kôd (rani API Twittera): klijentu se ograničava učestalost zahtjeva. Standardni poslužitelji umjesto njega upotrebljavaju 429.
    .advice = Previše zahtjeva u kratkom vremenu. Pričekajte trenutak, a zatim pokušajte ponovno.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Pogrešno usmjeren zahtjev
    .description = Zahtjev je stigao do poslužitelja koji nije konfiguriran da odgovara za ovu shemu i ovu kombinaciju hosta i priključka, često zbog ponovno upotrijebljene veze.
    .advice = Molimo pokušajte ponovno. Ako se problem nastavi, ponovno pokrenite preglednik.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Neobradiv sadržaj
    .description = Zahtjev je ispravno oblikovan, ali poslužitelj ne može postupiti prema njegovu sadržaju, primjerice zbog pogrešaka pri provjeri valjanosti.
    .advice = Dio onoga što ste unijeli nije valjan. Provjerite unos i pokušajte ponovno.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Zaključano
    .description = WebDAV: resurs je zaključan pa se ova metoda na njega ne može primijeniti.
    .advice = Ovaj je sadržaj zaključan jer na njemu radi netko drugi. Pokušajte ponovno kasnije.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Neuspjela ovisnost
    .description = WebDAV: metoda se nije mogla izvršiti jer nije uspjela druga radnja o kojoj ovisi.
    .advice = Vaš zahtjev nije moguće dovršiti jer povezani korak nije uspio. Molimo pokušajte ponovno.
# 425 Too Early, RFC 8470.
http-425 = Preran zahtjev
    .description = Poslužitelj ne želi obraditi zahtjev koji bi se mogao ponoviti, primjerice zahtjev poslan kao rani podaci TLS-a.
    .advice = Molimo pokušajte ponovno za trenutak.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Potrebna nadogradnja protokola
    .description = Poslužitelj odbija zahtjev putem trenutačnog protokola; zaglavlje Upgrade navodi protokol na koji treba prijeći.
    .advice = Vaš preglednik treba noviji način povezivanja. Ažurirajte preglednik, a zatim pokušajte ponovno.
# 428 Precondition Required, RFC 6585.
http-428 = Potreban preduvjet
    .description = Poslužitelj zahtijeva da zahtjev bude uvjetni, primjerice sa zaglavljem If-Match, kako bi se spriječila izgubljena ažuriranja.
    .advice = Osvježite stranicu i pokušajte ponovno.
# 429 Too Many Requests, RFC 6585.
http-429 = Previše zahtjeva
    .description = Klijent je u određenom vremenu poslao previše zahtjeva; zaglavlje Retry-After može navesti koliko treba pričekati.
    .advice = Poslali ste previše zahtjeva. Pričekajte trenutak, a zatim pokušajte ponovno.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Prevelika polja zaglavlja zahtjeva
    .description = Poslužitelj odbija zahtjev jer je jedno polje zaglavlja preveliko ili su sva polja zajedno prevelika.
    .advice = Možda će pomoći brisanje kolačića ovog web-mjesta u vašem pregledniku. Zatim pokušajte ponovno.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Istek vremena prijave
    .description = Neslužbeni kôd (Microsoft IIS): klijentova je sesija istekla i korisnik se mora ponovno prijaviti.
    .advice = Vaša je sesija istekla. Ponovno se prijavite.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Bez odgovora
    .description = Neslužbeni kôd (nginx, samo interno): poslužitelj je zatvorio vezu a da nije poslao nikakav odgovor. Pojavljuje se u zapisnicima, a klijentima se nikada ne šalje.
    .advice = Poslužitelj je zatvorio vezu bez odgovora. Molimo pokušajte ponovno kasnije.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Ponovni pokušaj s dodatnim podacima
    .description = Neslužbeni kôd (Microsoft IIS): zahtjevu su nedostajali podaci i trebalo bi ga ponoviti nakon što ih klijent dostavi.
    .advice = Nedostaju neki podaci. Molimo pokušajte ponovno.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Blokirano roditeljskim nadzorom sustava Windows
    .description = Neslužbeni kôd (Microsoft): roditeljski nadzor sustava Windows blokirao je pristup traženoj stranici.
    .advice = Roditeljski nadzor na ovom računalu blokirao je ovu stranicu.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Nedostupno iz pravnih razloga
    .description = Poslužitelj uskraćuje pristup resursu zbog pravnog zahtjeva, primjerice sudskog naloga.
    .advice = Ovaj vam sadržaj nije dostupan iz pravnih razloga.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Preveliko zaglavlje zahtjeva
    .description = Neslužbeni kôd (nginx): zahtjev ili jedan od redaka njegova zaglavlja prevelik je; preteča kôda 431.
    .advice = Možda će pomoći brisanje kolačića ovog web-mjesta u vašem pregledniku. Zatim pokušajte ponovno.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Pogreška SSL certifikata
    .description = Neslužbeni kôd (nginx): klijentski certifikat predočen za TLS provjeru autentičnosti klijenta nije valjan.
    .advice = Vaš sigurnosni certifikat nije prihvaćen. Obratite se administratoru web-mjesta.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Potreban SSL certifikat
    .description = Neslužbeni kôd (nginx): poslužitelj zahtijeva TLS klijentski certifikat, a klijent ga nije predočio.
    .advice = Ovo web-mjesto traži sigurnosni certifikat s vašeg uređaja. Obratite se administratoru web-mjesta.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP zahtjev poslan na HTTPS priključak
    .description = Neslužbeni kôd (nginx): nešifrirani HTTP zahtjev stigao je na priključak koji očekuje HTTPS.
    .advice = Upotrijebite adresu koja počinje s https:// i pokušajte ponovno.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Zahtjev koji je klijent otkazao
    .description = Neslužbeni kôd (zapisnici nginxa): klijent je odustao od zahtjeva i prekinuo vezu prije nego što je poslužitelj uspio poslati odgovor.
    .advice = Zahtjev je otkazan prije nego što je dovršen. Molimo pokušajte ponovno.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Unutarnja pogreška poslužitelja
    .description = Poslužitelj je naišao na neočekivano stanje koje ga je spriječilo da ispuni zahtjev.
    .advice = Nešto je pošlo po zlu na našoj strani. Molimo pokušajte ponovno kasnije.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Neimplementirana funkcionalnost
    .description = Poslužitelj ne podržava funkcionalnost potrebnu za ispunjenje zahtjeva, primjerice nepoznatu metodu zahtjeva.
    .advice = Ova značajka nije dostupna na ovom web-mjestu.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Neispravan pristupnik
    .description = Pristupnik ili proxy poslužitelj primio je nevaljan odgovor od uzvodnog poslužitelja kojem se obratio.
    .advice = Web-mjesto ima poteškoća s pristupom jednom od svojih poslužitelja. Molimo pokušajte ponovno za nekoliko minuta.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Nedostupna usluga
    .description = Poslužitelj trenutačno ne može obraditi zahtjev zbog preopterećenja ili održavanja; zaglavlje Retry-After može navesti kada treba pokušati ponovno.
    .advice = Web-mjesto je privremeno nedostupno. Molimo pokušajte ponovno kasnije.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Istek vremena pristupnika
    .description = Pristupnik ili proxy poslužitelj nije na vrijeme primio odgovor od uzvodnog poslužitelja.
    .advice = Web-mjesto predugo odgovara. Molimo pokušajte ponovno za nekoliko minuta.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Nepodržana verzija HTTP-a
    .description = Poslužitelj ne podržava glavnu verziju HTTP-a upotrijebljenu u zahtjevu.
    .advice = Vaš preglednik upotrebljava način povezivanja koji ovaj poslužitelj ne podržava. Ažurirajte preglednik, a zatim pokušajte ponovno.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Varijanta s vlastitim pregovaranjem
    .description = Transparentno pregovaranje o sadržaju pogrešno je konfigurirano na poslužitelju: odabrana varijanta i sama je postavljena tako da pregovara.
    .advice = Web-mjesto je pogrešno konfigurirano. Molimo pokušajte ponovno kasnije.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Nedovoljno prostora za pohranu
    .description = WebDAV: poslužitelj ne može pohraniti ono što je potrebno za dovršetak zahtjeva.
    .advice = Poslužitelju je ponestalo prostora za pohranu. Molimo pokušajte ponovno kasnije.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Otkrivena petlja
    .description = WebDAV: poslužitelj je zaustavio operaciju jer je otkrio beskonačnu petlju, primjerice u vezivanjima resursa (bindings) kada zaglavlje Depth ima vrijednost infinity.
    .advice = Poslužitelj je pri obradi vašeg zahtjeva naišao na petlju. Molimo pokušajte ponovno kasnije.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Prekoračeno ograničenje propusnosti
    .description = Neslužbeni kôd (hosting s Apacheom i cPanelom): web-mjesto je potrošilo propusnost koju dopušta njegov paket hostinga.
    .advice = Ovo je web-mjesto premašilo dopušteni promet. Molimo pokušajte ponovno kasnije.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Bez proširenja
    .description = Zastarjelo: zahtjev nije zadovoljio pravila o proširenjima okvira za proširenja HTTP-a, koji sada ima status povijesnog dokumenta.
    .advice = Poslužitelj nije mogao obraditi ovaj zahtjev. Molimo pokušajte ponovno kasnije.
# 511 Network Authentication Required, RFC 6585.
http-511 = Potrebna provjera autentičnosti na mreži
    .description = Klijent mora proći provjeru autentičnosti da bi dobio pristup mreži, obično putem stranice za prijavu pristupnog portala.
    .advice = Prijavite se na mrežu na koju ste povezani, primjerice putem njezine stranice za prijavu na Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Nepoznata pogreška web-poslužitelja
    .description = Neslužbeni kôd (Cloudflare): izvorni poslužitelj vratio je prazan, nepoznat ili neočekivan odgovor.
    .advice = Poslužitelj web-mjesta odgovorio je na neočekivan način. Molimo pokušajte ponovno za nekoliko minuta.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Neaktivan web-poslužitelj
    .description = Neslužbeni kôd (Cloudflare): izvorni poslužitelj odbio je vezu.
    .advice = Poslužitelj web-mjesta trenutačno nije dostupan. Molimo pokušajte ponovno kasnije.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Istek vremena veze
    .description = Neslužbeni kôd (Cloudflare): isteklo je vrijeme za uspostavu TCP veze s izvornim poslužiteljem.
    .advice = Poslužitelj web-mjesta predugo je odgovarao. Molimo pokušajte ponovno kasnije.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Nedostupan izvorni poslužitelj
    .description = Neslužbeni kôd (Cloudflare): Cloudflare nije mogao doći do izvornog poslužitelja, primjerice zbog problema s DNS-om ili usmjeravanjem.
    .advice = Poslužitelj web-mjesta trenutačno nije dostupan. Molimo pokušajte ponovno kasnije.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Istek vremena
    .description = Neslužbeni kôd (Cloudflare): veza s izvornim poslužiteljem uspostavljena je, ali on nije na vrijeme poslao HTTP odgovor.
    .advice = Poslužitelj web-mjesta predugo je odgovarao. Molimo pokušajte ponovno kasnije.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Neuspjelo SSL rukovanje
    .description = Neslužbeni kôd (Cloudflare): TLS rukovanje između Cloudflarea i izvornog poslužitelja nije uspjelo.
    .advice = Nije moguće uspostaviti sigurnu vezu s poslužiteljem web-mjesta. Molimo pokušajte ponovno kasnije.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Nevažeći SSL certifikat
    .description = Neslužbeni kôd (Cloudflare): Cloudflare nije mogao provjeriti valjanost TLS certifikata izvornog poslužitelja.
    .advice = Sigurnosni certifikat web-mjesta nije moguće provjeriti. Molimo pokušajte ponovno kasnije.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = DNS pogreška izvornog poslužitelja
    .description = Neslužbeni kôd (Cloudflare): šalje se zajedno s Cloudflareovom pogreškom 1xxx, najčešće kada se DNS naziv izvornog poslužitelja ne može razriješiti.
    .advice = Web-mjestu trenutačno nije moguće pristupiti. Molimo pokušajte ponovno kasnije.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Istek vremena čitanja s mreže
    .description = Neslužbeni kôd (konvencija nekih proxy poslužitelja): isteklo je vrijeme za čitanje odgovora s uzvodnog poslužitelja.
    .advice = Web-mjesto predugo je odgovaralo. Molimo pokušajte ponovno kasnije.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Istek vremena mrežnog povezivanja
    .description = Neslužbeni kôd (konvencija nekih proxy poslužitelja): isteklo je vrijeme za povezivanje s uzvodnim poslužiteljem.
    .advice = Web-mjestu nije bilo moguće pristupiti na vrijeme. Molimo pokušajte ponovno kasnije.
