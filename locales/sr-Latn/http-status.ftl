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
http-unknown = Nepoznat statusni kod
    .description = Ovo nije važeći HTTP statusni kod; važeći kodovi su trocifreni brojevi od 100 do 599.
    .advice = Došlo je do neočekivane greške. Pokušajte ponovo kasnije.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informativni odgovor
    .description = Privremeni odgovor: server je primio zahtev i još ga obrađuje. Konačni odgovor stiže naknadno.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Uspešno
    .description = Server je primio, razumeo i prihvatio zahtev.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Preusmeravanje
    .description = Da bi zahtev bio dovršen, klijent mora da preduzme još jednu radnju, obično da prati link ka drugoj adresi.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Greška klijenta
    .description = Zahtev sadrži grešku ili ne može da se ispuni u obliku u kom je poslat; klijent ne bi trebalo da ga ponavlja bez izmena.
    .advice = Proverite adresu i ono što ste uneli, pa pokušajte ponovo.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Greška servera
    .description = Server nije uspeo da ispuni zahtev koji deluje ispravno.
    .advice = Problem je na našoj strani. Pokušajte ponovo za nekoliko minuta.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Nastavi
    .description = Server je primio zaglavlja zahteva i klijent može da nastavi sa slanjem tela zahteva.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Promena protokola
    .description = Server prihvata klijentov zahtev za promenu protokola (zaglavlje Upgrade) i prelazi na protokol naveden u odgovoru, na primer WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Obrada u toku
    .description = WebDAV: server je prihvatio zahtev i još ga obrađuje, pa klijent ne treba da smatra da je vreme čekanja isteklo.
# 103 Early Hints, RFC 8297.
http-103 = Rani nagoveštaji
    .description = Šalje se pre konačnog odgovora kako bi klijent mogao unapred da počne da učitava resurse navedene u zaglavljima Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Podržano nastavljanje otpremanja
    .description = Server podržava otpremanje koje može da se nastavi i javlja klijentu odakle može da nastavi prekinuto otpremanje. Ovaj kod je registrovan samo privremeno.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Zahtev je uspeo. Sadržaj odgovora zavisi od metoda zahteva.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Napravljeno
    .description = Zahtev je uspeo i napravljen je jedan ili više novih resursa, čiju adresu obično navodi zaglavlje Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Prihvaćeno
    .description = Zahtev je prihvaćen na obradu, ali obrada još nije završena i može da ne uspe.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Neautoritativne informacije
    .description = Zahtev je uspeo, ali je proksi server koji menja sadržaj izmenio ono što je poslao izvorni server.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Nema sadržaja
    .description = Zahtev je uspeo, ali u telu odgovora nema sadržaja za slanje.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Resetuj sadržaj
    .description = Zahtev je uspeo i klijent treba da resetuje obrazac ili prikaz iz kog je zahtev poslat, na primer da bi omogućio novi unos.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Delimičan sadržaj
    .description = Server šalje samo one delove resursa koje je klijent zatražio zaglavljem Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Višestruki status
    .description = WebDAV: telo odgovora je XML dokument sa zasebnim statusnim kodom za svaki od više resursa.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Već navedeno
    .description = WebDAV: članovi ove kolekcije već su navedeni ranije u istom odgovoru, pa se ne ponavljaju.
# 226 IM Used, RFC 3229.
http-226 = Primenjen IM
    .description = Server je ispunio zahtev GET pomoću delta kodiranja: odgovor je rezultat manipulacija instancom primenjenih na trenutno stanje resursa.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Više izbora
    .description = Resurs je dostupan u više reprezentacija i klijent, odnosno korisnik, može da izabere jednu od njih.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Trajno premešteno
    .description = Resurs ima novu trajnu adresu, navedenu u zaglavlju Location; linkove treba ažurirati.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Pronađeno
    .description = Resurs se privremeno nalazi na drugoj adresi, navedenoj u zaglavlju Location. Prilikom prelaska na tu adresu klijenti obično menjaju metod POST u GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Pogledajte drugi resurs
    .description = Klijent treba da preuzme drugi resurs, naveden u zaglavlju Location, zahtevom GET, na primer stranicu sa rezultatom nakon slanja obrasca.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Nije izmenjeno
    .description = Uslovni zahtev GET ili HEAD utvrdio je da se resurs nije promenio, pa klijent može da koristi svoju kopiju iz keša.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Koristite proksi server
    .description = Zastarelo: nekada je od klijenta tražio da ponovi zahtev preko proksi servera. Klijenti to više ne poštuju iz bezbednosnih razloga.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Promena proksi servera (ne koristi se)
    .description = Rezervisano: ovaj kod je korišćen u jednoj ranijoj radnoj verziji protokola HTTP i više se ne koristi.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Privremeno preusmeravanje
    .description = Resurs se privremeno nalazi na drugoj adresi i klijent mora da ponovi zahtev na toj adresi sa istim metodom i telom.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Trajno preusmeravanje
    .description = Resurs ima novu trajnu adresu i klijent mora da ponovi zahtev na toj adresi sa istim metodom i telom.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Neispravan zahtev
    .description = Server ne može da obradi zahtev zbog greške klijenta, na primer zbog neispravne sintakse ili neispravne strukture poruke.
    .advice = Proverite adresu ili obrazac koji ste poslali, pa pokušajte ponovo.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Potrebna autentifikacija
    .description = Zahtevu nedostaju važeći akreditivi za autentifikaciju; zaglavlje WWW-Authenticate navodi kako da se ona obavi.
    .advice = Prijavite se, pa pokušajte ponovo.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Potrebno plaćanje
    .description = Rezervisano za buduću upotrebu. Neki servisi šalju ovaj kod kada je potrebno plaćanje ili pretplata.
    .advice = Za ovaj sadržaj je možda potrebno plaćanje ili pretplata.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Pristup zabranjen
    .description = Server je razumeo zahtev, ali odbija da ga ispuni; ponovna prijava to neće promeniti.
    .advice = Nemate dozvolu da pregledate ovu stranicu.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Nije pronađeno
    .description = Server na ovoj adresi nije pronašao ništa i ne može da kaže da li će se tu bilo šta ikada pojaviti.
    .advice = Proverite da li u adresi ima grešaka u kucanju ili se vratite na početnu stranicu.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Metod nije dozvoljen
    .description = Resurs ne podržava metod zahteva; zaglavlje Allow navodi metode koje podržava.
    .advice = Ova radnja ovde nije dostupna. Vratite se nazad i pokušajte na drugi način.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Neprihvatljivo
    .description = Server nema reprezentaciju resursa koja odgovara zaglavljima Accept u zahtevu.
    .advice = Ova stranica nije dostupna u formatu ili na jeziku koji vaš pregledač prihvata.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Potrebna autentifikacija na proksi serveru
    .description = Slično kao 401, ali klijent najpre mora da obavi autentifikaciju na proksi serveru, kako je opisano u zaglavlju Proxy-Authenticate.
    .advice = Prijavite se na proksi server svoje mreže, pa pokušajte ponovo.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Isteklo vreme čekanja na zahtev
    .description = Server nije primio ceo zahtev u roku u kom je bio spreman da čeka, pa je zatvorio vezu.
    .advice = Vreme čekanja na vezu je isteklo. Pokušajte ponovo.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflikt
    .description = Zahtev je u konfliktu sa trenutnim stanjem resursa, na primer kada se izmena zasniva na zastareloj verziji.
    .advice = Možda je neko istovremeno sa vama izmenio ovaj sadržaj. Osvežite stranicu i pokušajte ponovo.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Trajno uklonjeno
    .description = Resurs je namerno uklonjen i neće se vratiti; linkove ka njemu treba izbrisati.
    .advice = Ova stranica je trajno uklonjena.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Potrebna dužina
    .description = Server odbija zahtev koji ima telo, ali nema zaglavlje Content-Length.
    .advice = Vaš pregledač je poslao nepotpun zahtev. Pokušajte ponovo.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Preduslov nije ispunjen
    .description = Uslov iz zaglavlja zahteva, na primer If-Match ili If-Unmodified-Since, pri proveri na serveru pokazao se kao netačan.
    .advice = Sadržaj stranice se promenio otkako ste je učitali. Osvežite stranicu i pokušajte ponovo.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Sadržaj je prevelik
    .description = Sadržaj zahteva je veći nego što server želi ili može da obradi.
    .advice = Ono što ste poslali je preveliko. Pokušajte sa manjom datotekom.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI je predugačak
    .description = Ciljni URI zahteva duži je nego što server želi da protumači.
    .advice = Adresa je predugačka. Proverite je ili počnite ponovo sa početne stranice.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Nepodržan tip medija
    .description = Server ne podržava format sadržaja zahteva, naveden u zaglavlju Content-Type ili Content-Encoding.
    .advice = Ova vrsta datoteke ovde nije podržana.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Traženi opseg nije dostupan
    .description = Nijedan od opsega navedenih u zaglavlju Range zahteva ne preklapa se sa trenutnim obimom resursa.
    .advice = Traženi deo datoteke nije dostupan. Pokušajte ponovo da preuzmete datoteku od početka.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Očekivanje nije ispunjeno
    .description = Server ne može da ispuni očekivanje navedeno u zaglavlju Expect zahteva.
    .advice = Vaš pregledač je poslao zahtev koji ovaj server ne može da obradi. Pokušajte ponovo.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Ja sam čajnik (ne koristi se)
    .description = Rezervisano: prvoaprilska šala iz RFC 2324 koja se toliko raširila da ovaj kod ne može da se koristi ni za šta drugo.
    .advice = Server je odbio ovaj zahtev šaljivim statusnim kodom.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Smirite se
    .description = Nezvanični kod (rani API servisa Twitter): klijentu je ograničena učestalost zahteva. Standardni serveri u tom slučaju koriste kod 429.
    .advice = Previše zahteva u kratkom roku. Sačekajte malo, pa pokušajte ponovo.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Pogrešno usmeren zahtev
    .description = Zahtev je stigao do servera koji nije podešen da odgovara za ovu kombinaciju šeme i hosta; do toga često dolazi zbog ponovo iskorišćene veze.
    .advice = Pokušajte ponovo. Ako problem potraje, ponovo pokrenite pregledač.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Sadržaj nije moguće obraditi
    .description = Zahtev je ispravno sastavljen, ali server ne može da obradi njegov sadržaj, na primer zbog grešaka pri proveri podataka.
    .advice = Deo onoga što ste uneli nije ispravan. Proverite unos i pokušajte ponovo.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Zaključano
    .description = WebDAV: resurs je zaključan, pa se na njega ne može primeniti ovaj metod.
    .advice = Ovaj sadržaj je zaključan jer na njemu radi neko drugi. Pokušajte ponovo kasnije.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Neuspela zavisnost
    .description = WebDAV: metod nije mogao da se izvrši jer nije uspela druga radnja od koje zavisi.
    .advice = Vaš zahtev nije mogao da se dovrši jer jedan od povezanih koraka nije uspeo. Pokušajte ponovo.
# 425 Too Early, RFC 8470.
http-425 = Prerano
    .description = Server ne želi da obradi zahtev koji bi mogao da bude ponovljen, na primer zahtev poslat kao rani podaci u okviru TLS veze.
    .advice = Pokušajte ponovo za trenutak.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Potrebna nadogradnja protokola
    .description = Server odbija da obradi zahtev preko trenutnog protokola; zaglavlje Upgrade navodi protokol na koji treba preći.
    .advice = Za povezivanje sa ovim sajtom potrebna je novija verzija pregledača. Ažurirajte pregledač, pa pokušajte ponovo.
# 428 Precondition Required, RFC 6585.
http-428 = Potreban preduslov
    .description = Server traži da zahtev bude uslovni (na primer, sa zaglavljem If-Match) kako bi se sprečio gubitak izmena.
    .advice = Osvežite stranicu i pokušajte ponovo.
# 429 Too Many Requests, RFC 6585.
http-429 = Previše zahteva
    .description = Klijent je poslao previše zahteva u određenom roku; zaglavlje Retry-After može da navede koliko treba sačekati.
    .advice = Poslali ste previše zahteva. Sačekajte malo, pa pokušajte ponovo.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Polja zaglavlja zahteva su prevelika
    .description = Server odbija zahtev jer je jedno polje zaglavlja, ili su sva polja zajedno, prevelika.
    .advice = Možda će pomoći da u pregledaču obrišete kolačiće ovog sajta. Zatim pokušajte ponovo.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Isteklo vreme sesije
    .description = Nezvanični kod (Microsoft IIS): klijentova sesija je istekla i korisnik mora ponovo da se prijavi.
    .advice = Vaša sesija je istekla. Prijavite se ponovo.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Nema odgovora
    .description = Nezvanični kod (nginx, samo interno): server je zatvorio vezu, a da nije poslao nikakav odgovor. Kod se pojavljuje u dnevnicima i nikada se ne šalje klijentima.
    .advice = Server je zatvorio vezu bez odgovora. Pokušajte ponovo kasnije.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Pokušajte ponovo sa dopunjenim podacima
    .description = Nezvanični kod (Microsoft IIS): zahtevu su nedostajale informacije i treba ga ponoviti kada ih klijent dostavi.
    .advice = Nedostaju neki podaci. Pokušajte ponovo.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Blokirano roditeljskim nadzorom u sistemu Windows
    .description = Nezvanični kod (Microsoft): roditeljski nadzor u sistemu Windows blokirao je pristup traženoj stranici.
    .advice = Roditeljski nadzor na ovom računaru blokirao je ovu stranicu.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Nedostupno iz pravnih razloga
    .description = Server uskraćuje pristup resursu zbog pravne obaveze, na primer sudskog naloga.
    .advice = Ovaj sadržaj vam nije dostupan iz pravnih razloga.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Zaglavlje zahteva je preveliko
    .description = Nezvanični kod (nginx): zahtev ili neki od redova njegovog zaglavlja je prevelik; prethodnik koda 431.
    .advice = Možda će pomoći da u pregledaču obrišete kolačiće ovog sajta. Zatim pokušajte ponovo.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Greška SSL sertifikata
    .description = Nezvanični kod (nginx): klijentski sertifikat priložen za autentifikaciju klijenta putem TLS protokola nije važeći.
    .advice = Vaš bezbednosni sertifikat nije prihvaćen. Obratite se administratoru sajta.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Potreban SSL sertifikat
    .description = Nezvanični kod (nginx): server zahteva klijentski TLS sertifikat, a klijent ga nije priložio.
    .advice = Ovaj sajt zahteva bezbednosni sertifikat sa vašeg uređaja. Obratite se administratoru sajta.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP zahtev poslat na HTTPS port
    .description = Nezvanični kod (nginx): nešifrovani HTTP zahtev stigao je na port koji očekuje HTTPS.
    .advice = Koristite adresu koja počinje sa https:// i pokušajte ponovo.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Klijent je otkazao zahtev
    .description = Nezvanični kod (nginx, u dnevnicima): klijent je zatvorio vezu pre nego što je server stigao da pošalje odgovor.
    .advice = Zahtev je otkazan pre nego što je dovršen. Pokušajte ponovo.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Unutrašnja greška servera
    .description = Server je naišao na neočekivano stanje koje ga je sprečilo da ispuni zahtev.
    .advice = Nešto je pošlo naopako na našoj strani. Pokušajte ponovo kasnije.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Nije implementirano
    .description = Server ne podržava funkcionalnost potrebnu za ispunjenje zahteva, na primer nepoznat metod zahteva.
    .advice = Ova funkcija nije dostupna na ovom sajtu.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Neispravan mrežni prolaz
    .description = Mrežni prolaz ili proksi server primio je nevažeći odgovor od uzvodnog servera kome se obratio.
    .advice = Sajt ne uspeva da uspostavi vezu sa jednim od svojih servera. Pokušajte ponovo za nekoliko minuta.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Usluga nije dostupna
    .description = Server trenutno ne može da obradi zahtev zbog preopterećenja ili održavanja; zaglavlje Retry-After može da navede kada treba pokušati ponovo.
    .advice = Sajt je privremeno nedostupan. Pokušajte ponovo kasnije.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Isteklo vreme čekanja mrežnog prolaza
    .description = Mrežni prolaz ili proksi server nije na vreme dobio odgovor od uzvodnog servera.
    .advice = Sajt predugo ne odgovara. Pokušajte ponovo za nekoliko minuta.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Verzija protokola HTTP nije podržana
    .description = Server ne podržava glavnu verziju protokola HTTP koja je korišćena u zahtevu.
    .advice = Vaš pregledač koristi način povezivanja koji ovaj server ne podržava. Ažurirajte pregledač, pa pokušajte ponovo.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Varijanta takođe pregovara
    .description = Transparentno pregovaranje o sadržaju pogrešno je podešeno na serveru: izabrana varijanta je i sama podešena da pregovara.
    .advice = Sajt je pogrešno podešen. Pokušajte ponovo kasnije.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Nedovoljno prostora za skladištenje
    .description = WebDAV: server ne može da sačuva ono što je potrebno da bi se zahtev dovršio.
    .advice = Serveru je ponestalo prostora za skladištenje. Pokušajte ponovo kasnije.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Otkrivena petlja
    .description = WebDAV: server je prekinuo operaciju jer je otkrio beskonačnu petlju, na primer u povezivanjima sa beskonačnom vrednošću zaglavlja Depth.
    .advice = Server je upao u beskonačnu petlju dok je obrađivao vaš zahtev. Pokušajte ponovo kasnije.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Prekoračeno ograničenje propusnog opsega
    .description = Nezvanični kod (hosting sa Apache i cPanel): sajt je potrošio sav propusni opseg koji dozvoljava njegov hosting paket.
    .advice = Ovaj sajt je prekoračio dozvoljeni saobraćaj. Pokušajte ponovo kasnije.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Nije prošireno
    .description = Zastarelo: zahtev nije ispunio smernice za proširenja iz okvira za proširenja protokola HTTP, čija je specifikacija sada proglašena istorijskom.
    .advice = Server nije mogao da obradi ovaj zahtev. Pokušajte ponovo kasnije.
# 511 Network Authentication Required, RFC 6585.
http-511 = Potrebna mrežna autentifikacija
    .description = Klijent mora da obavi autentifikaciju da bi dobio pristup mreži, obično preko stranice za prijavu na pristupnom portalu.
    .advice = Prijavite se na mrežu na koju ste povezani, na primer na stranici za prijavu na Wi-Fi mrežu.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Veb-server je vratio nepoznatu grešku
    .description = Nezvanični kod (Cloudflare): izvorni server je vratio prazan, nepoznat ili neočekivan odgovor.
    .advice = Server sajta je odgovorio na neočekivan način. Pokušajte ponovo za nekoliko minuta.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Veb-server ne radi
    .description = Nezvanični kod (Cloudflare): izvorni server je odbio vezu.
    .advice = Server sajta trenutno nije dostupan. Pokušajte ponovo kasnije.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Isteklo vreme čekanja na vezu
    .description = Nezvanični kod (Cloudflare): isteklo je vreme čekanja na TCP vezu sa izvornim serverom.
    .advice = Server sajta predugo nije odgovarao. Pokušajte ponovo kasnije.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Izvorni server nije dostupan
    .description = Nezvanični kod (Cloudflare): Cloudflare nije mogao da dođe do izvornog servera, na primer zbog problema sa DNS sistemom ili rutiranjem.
    .advice = Server sajta trenutno nije dostupan. Pokušajte ponovo kasnije.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Isteklo vreme čekanja
    .description = Nezvanični kod (Cloudflare): veza sa izvornim serverom je uspostavljena, ali on nije na vreme poslao HTTP odgovor.
    .advice = Server sajta predugo nije odgovarao. Pokušajte ponovo kasnije.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL rukovanje nije uspelo
    .description = Nezvanični kod (Cloudflare): TLS rukovanje između usluge Cloudflare i izvornog servera nije uspelo.
    .advice = Nije moguće uspostaviti bezbednu vezu sa serverom sajta. Pokušajte ponovo kasnije.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Nevažeći SSL sertifikat
    .description = Nezvanični kod (Cloudflare): Cloudflare nije mogao da potvrdi TLS sertifikat izvornog servera.
    .advice = Nije moguće proveriti bezbednosni sertifikat sajta. Pokušajte ponovo kasnije.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = DNS greška izvornog servera
    .description = Nezvanični kod (Cloudflare): šalje se zajedno sa Cloudflare greškom 1xxx, najčešće kada DNS ime izvornog servera ne može da se razreši.
    .advice = Sajt trenutno nije dostupan. Pokušajte ponovo kasnije.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Isteklo vreme čekanja na čitanje sa mreže
    .description = Nezvanični kod (konvencija nekih proksi servera): isteklo je vreme čekanja pri čitanju odgovora sa uzvodnog servera.
    .advice = Sajt predugo nije odgovarao. Pokušajte ponovo kasnije.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Isteklo vreme čekanja na mrežnu vezu
    .description = Nezvanični kod (konvencija nekih proksi servera): isteklo je vreme čekanja pri povezivanju sa uzvodnim serverom.
    .advice = Povezivanje sa sajtom nije uspelo na vreme. Pokušajte ponovo kasnije.
