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
http-unknown = Ukendt status
    .description = Statuskoden er ikke en gyldig HTTP-statuskode; gyldige koder er trecifrede tal fra 100 til 599.
    .advice = Der skete noget uventet. Prøv igen senere.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Information
    .description = Et foreløbigt svar: serveren har modtaget anmodningen og arbejder stadig på den. Det endelige svar følger senere.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Gennemført
    .description = Serveren har modtaget, forstået og accepteret anmodningen.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Omdirigering
    .description = Klienten skal foretage en yderligere handling for at fuldføre anmodningen, som regel følge et link til en anden adresse.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Klientfejl
    .description = Anmodningen indeholder en fejl eller kan ikke udføres, som den blev sendt; klienten bør ikke gentage den uændret.
    .advice = Kontrollér adressen og det, du har indtastet, og prøv så igen.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Serverfejl
    .description = Serveren kunne ikke udføre en anmodning, der ser ud til at være gyldig.
    .advice = Problemet ligger hos os. Prøv igen om et par minutter.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Fortsæt
    .description = Serveren har modtaget anmodningens headere, og klienten kan fortsætte med at sende anmodningens brødtekst.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Skifter protokol
    .description = Serveren imødekommer klientens Upgrade-anmodning og skifter til den protokol, der er angivet i svaret, for eksempel WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Behandler
    .description = WebDAV: serveren har accepteret anmodningen og behandler den stadig, så klienten bør ikke afbryde på grund af overskredet tidsgrænse.
# 103 Early Hints, RFC 8297.
http-103 = Tidlige hint
    .description = Sendes før det endelige svar, så klienten kan begynde at forudindlæse de ressourcer, der er angivet i Link-headerne.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Genoptagelse af upload understøttes
    .description = Serveren understøtter uploads, der kan genoptages, og fortæller klienten, hvor en afbrudt upload kan fortsætte. Koden er kun midlertidigt registreret.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Anmodningen lykkedes. Hvad svaret indeholder, afhænger af anmodningsmetoden.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Oprettet
    .description = Anmodningen lykkedes og oprettede en eller flere nye ressourcer, som normalt er angivet i Location-headeren.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Accepteret
    .description = Anmodningen er accepteret til behandling, men behandlingen er ikke færdig og kan stadig mislykkes.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Ikke-autoritativ information
    .description = Anmodningen lykkedes, men en transformerende proxy har ændret det indhold, som oprindelsesserveren sendte.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Intet indhold
    .description = Anmodningen lykkedes, og der er intet indhold at sende i svarets brødtekst.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Nulstil indhold
    .description = Anmodningen lykkedes, og klienten bør nulstille den formular eller visning, der sendte den, for eksempel så der kan indtastes nye data.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Delvist indhold
    .description = Serveren sender kun de dele af ressourcen, som klienten har bedt om med en Range-header.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Multistatus
    .description = WebDAV: brødteksten er et XML-dokument med en separat status for hver af flere ressourcer.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Allerede rapporteret
    .description = WebDAV: medlemmerne af denne samling er allerede opført tidligere i det samme svar og gentages ikke.
# 226 IM Used, RFC 3229.
http-226 = IM anvendt
    .description = Serveren udførte en GET-anmodning med deltakodning: svaret er resultatet af instansmanipulationer, der er anvendt på den aktuelle ressource.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Flere valgmuligheder
    .description = Ressourcen findes i flere repræsentationer, og klienten, eller brugeren, kan vælge en af dem.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Flyttet permanent
    .description = Ressourcen har fået en ny permanent adresse, som er angivet i Location-headeren; links bør opdateres til den.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Fundet
    .description = Ressourcen ligger midlertidigt på en anden adresse, som er angivet i Location-headeren. Klienter laver ofte en POST om til en GET, når de følger omdirigeringen.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Se anden
    .description = Klienten bør hente en anden ressource, som er angivet i Location-headeren, med en GET-anmodning, for eksempel en resultatside efter afsendelse af en formular.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Ikke ændret
    .description = En betinget GET- eller HEAD-anmodning viste, at ressourcen er uændret, så klienten kan bruge sin kopi fra cachen.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Brug proxy
    .description = Forældet: bad tidligere klienten om at gentage anmodningen via en proxy. Af sikkerhedshensyn følger klienter den ikke længere.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Skift proxy (ikke i brug)
    .description = Reserveret: koden blev brugt i et tidligt udkast til HTTP og bruges ikke længere.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Midlertidig omdirigering
    .description = Ressourcen ligger midlertidigt på en anden adresse, og klienten skal gentage anmodningen der med samme metode og brødtekst.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Permanent omdirigering
    .description = Ressourcen har fået en ny permanent adresse, og klienten skal gentage anmodningen der med samme metode og brødtekst.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Ugyldig anmodning
    .description = Serveren kan ikke behandle anmodningen på grund af en klientfejl, for eksempel forkert syntaks eller en ugyldig meddelelsesstruktur.
    .advice = Kontrollér adressen eller den formular, du har sendt, og prøv så igen.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Ikke autoriseret
    .description = Anmodningen mangler gyldige legitimationsoplysninger til autentificering; WWW-Authenticate-headeren angiver, hvordan klienten skal autentificere sig.
    .advice = Log ind, og prøv så igen.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Betaling påkrævet
    .description = Reserveret til fremtidig brug. Nogle tjenester sender koden, når der kræves betaling eller et abonnement.
    .advice = Dette indhold kan kræve betaling eller et abonnement.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Forbudt
    .description = Serveren forstod anmodningen, men nægter at udføre den; at logge ind igen ændrer ikke på det.
    .advice = Du har ikke tilladelse til at se denne side.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Ikke fundet
    .description = Serveren fandt intet på denne adresse og kan ikke sige, om der nogensinde vil være noget.
    .advice = Kontrollér, om adressen er stavet rigtigt, eller gå tilbage til forsiden.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Metoden er ikke tilladt
    .description = Ressourcen understøtter ikke anmodningsmetoden; Allow-headeren angiver de metoder, den understøtter.
    .advice = Denne handling er ikke tilgængelig her. Gå tilbage, og prøv på en anden måde.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Ikke acceptabel
    .description = Serveren har ingen repræsentation af ressourcen, der passer til anmodningens Accept-headere.
    .advice = Denne side findes ikke i et format eller et sprog, som din browser accepterer.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Proxyautentificering påkrævet
    .description = Som 401, men klienten skal først autentificere sig over for en proxy, som Proxy-Authenticate-headeren beskriver.
    .advice = Log ind på dit netværks proxy, og prøv så igen.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Tidsgrænse for anmodning overskredet
    .description = Serveren modtog ikke en fuldstændig anmodning inden for den tid, den var indstillet på at vente, og lukkede forbindelsen.
    .advice = Forbindelsen tog for lang tid. Prøv igen.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflikt
    .description = Anmodningen er i konflikt med ressourcens aktuelle tilstand, for eksempel en ændring, der bygger på en forældet version.
    .advice = En anden har måske ændret indholdet samtidig. Genindlæs siden, og prøv igen.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Fjernet
    .description = Ressourcen er fjernet med vilje og kommer ikke tilbage; links til den bør slettes.
    .advice = Denne side er fjernet for altid.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Længde påkrævet
    .description = Serveren afviser en anmodning, der har en brødtekst, men ingen Content-Length-header.
    .advice = Din browser sendte en ufuldstændig anmodning. Prøv igen.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Forudsætning ikke opfyldt
    .description = En betingelse i anmodningens headere, for eksempel If-Match eller If-Unmodified-Since, blev evalueret som falsk på serveren.
    .advice = Indholdet er ændret, siden du indlæste det. Genindlæs siden, og prøv igen.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Indholdet er for stort
    .description = Anmodningens indhold er større, end serveren vil eller kan behandle.
    .advice = Det, du har sendt, er for stort. Prøv med en mindre fil.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI'en er for lang
    .description = Anmodningens mål-URI er længere, end serveren er villig til at fortolke.
    .advice = Adressen er for lang. Kontrollér den, eller start forfra på forsiden.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Medietypen understøttes ikke
    .description = Serveren understøtter ikke formatet af anmodningens indhold, sådan som det er angivet i Content-Type eller Content-Encoding.
    .advice = Denne filtype understøttes ikke her.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Området kan ikke leveres
    .description = Ingen af områderne i anmodningens Range-header overlapper ressourcens aktuelle omfang.
    .advice = Den ønskede del af filen er ikke tilgængelig. Prøv at downloade filen igen fra begyndelsen.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Forventning ikke opfyldt
    .description = Serveren kan ikke opfylde den forventning, der er angivet i anmodningens Expect-header.
    .advice = Din browser sendte en anmodning, som denne server ikke kan håndtere. Prøv igen.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Jeg er en tekande (ikke i brug)
    .description = Reserveret: en aprilsnar fra RFC 2324, der har fået så stor udbredelse, at koden ikke kan bruges til noget andet.
    .advice = Serveren afviste anmodningen med en statuskode, der er ment som en spøg.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Tag den med ro
    .description = Uofficiel (Twitters tidlige API): klientens anmodninger bliver begrænset. Standardservere bruger i stedet 429.
    .advice = For mange anmodninger på kort tid. Vent et øjeblik, og prøv så igen.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Fejldirigeret anmodning
    .description = Anmodningen nåede en server, der ikke er konfigureret til at svare for denne kombination af skema, vært og port, ofte via en genbrugt forbindelse.
    .advice = Prøv igen. Hvis problemet fortsætter, skal du genstarte din browser.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Indholdet kan ikke behandles
    .description = Anmodningen er korrekt opbygget, men serveren kan ikke behandle dens indhold, for eksempel på grund af valideringsfejl.
    .advice = Noget af det, du har indtastet, er ugyldigt. Kontrollér det, og prøv igen.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Låst
    .description = WebDAV: ressourcen er låst, så denne metode kan ikke anvendes på den.
    .advice = Indholdet er låst, fordi en anden arbejder på det. Prøv igen senere.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Afhængighed mislykkedes
    .description = WebDAV: metoden kunne ikke udføres, fordi en anden handling, som den afhænger af, mislykkedes.
    .advice = Din anmodning kunne ikke fuldføres, fordi et tilknyttet trin mislykkedes. Prøv igen.
# 425 Too Early, RFC 8470.
http-425 = For tidligt
    .description = Serveren vil ikke behandle en anmodning, der kan blive afspillet igen, for eksempel en, der er sendt som tidlige TLS-data (0-RTT).
    .advice = Prøv igen om et øjeblik.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Opgradering påkrævet
    .description = Serveren afviser anmodningen over den aktuelle protokol; Upgrade-headeren angiver den protokol, der skal skiftes til.
    .advice = Din browser skal bruge en nyere forbindelsesmetode. Opdatér din browser, og prøv så igen.
# 428 Precondition Required, RFC 6585.
http-428 = Forudsætning påkrævet
    .description = Serveren kræver, at anmodningen er betinget, for eksempel med If-Match, for at forhindre, at ændringer går tabt.
    .advice = Genindlæs siden, og prøv igen.
# 429 Too Many Requests, RFC 6585.
http-429 = For mange anmodninger
    .description = Klienten har sendt for mange anmodninger inden for et givet tidsrum; en Retry-After-header kan angive, hvor længe den skal vente.
    .advice = Du har sendt for mange anmodninger. Vent et øjeblik, og prøv så igen.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Headerfelterne i anmodningen er for store
    .description = Serveren afviser anmodningen, fordi et enkelt headerfelt, eller alle tilsammen, er for store.
    .advice = Det kan hjælpe at slette dette websteds cookies i din browser. Prøv derefter igen.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Logind udløbet
    .description = Uofficiel (Microsoft IIS): klientens session er udløbet, og brugeren skal logge ind igen.
    .advice = Din session er udløbet. Log ind igen.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Intet svar
    .description = Uofficiel (nginx, kun internt): serveren lukkede forbindelsen uden at sende noget svar. Koden vises i logfiler, aldrig hos klienter.
    .advice = Serveren lukkede forbindelsen uden at svare. Prøv igen senere.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Prøv igen med flere oplysninger
    .description = Uofficiel (Microsoft IIS): anmodningen manglede oplysninger og bør sendes igen, når klienten har tilføjet dem.
    .advice = Der mangler nogle oplysninger. Prøv igen.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Blokeret af Forældrekontrol i Windows
    .description = Uofficiel (Microsoft): Forældrekontrol i Windows blokerede adgangen til den ønskede side.
    .advice = Forældrekontrollen på denne computer har blokeret siden.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Utilgængelig af juridiske årsager
    .description = Serveren nægter adgang til ressourcen på grund af et retligt krav, for eksempel en retskendelse.
    .advice = Dette indhold er ikke tilgængeligt for dig af juridiske årsager.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Anmodningsheaderen er for stor
    .description = Uofficiel (nginx): anmodningen eller en af dens headerlinjer er for stor; en forløber for 431.
    .advice = Det kan hjælpe at slette dette websteds cookies i din browser. Prøv derefter igen.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Fejl i SSL-certifikatet
    .description = Uofficiel (nginx): det klientcertifikat, der blev fremvist til TLS-klientautentificering, er ugyldigt.
    .advice = Dit sikkerhedscertifikat blev ikke accepteret. Kontakt webstedets administrator.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL-certifikat påkrævet
    .description = Uofficiel (nginx): serveren kræver et TLS-klientcertifikat, og klienten fremviste ikke noget.
    .advice = Dette websted kræver et sikkerhedscertifikat fra din enhed. Kontakt webstedets administrator.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP-anmodning sendt til HTTPS-port
    .description = Uofficiel (nginx): en ukrypteret HTTP-anmodning kom ind på en port, der forventer HTTPS.
    .advice = Brug en adresse, der begynder med https://, og prøv igen.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Klienten afbrød anmodningen
    .description = Uofficiel (nginx-logfiler): klienten lukkede forbindelsen, før serveren nåede at sende sit svar.
    .advice = Anmodningen blev afbrudt, før den var færdig. Prøv igen.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Intern serverfejl
    .description = Serveren stødte på en uventet tilstand, der forhindrede den i at udføre anmodningen.
    .advice = Noget gik galt hos os. Prøv igen senere.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Ikke implementeret
    .description = Serveren understøtter ikke den funktionalitet, der kræves for at udføre anmodningen, for eksempel en ukendt anmodningsmetode.
    .advice = Denne funktion er ikke tilgængelig på webstedet.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Ugyldig gateway
    .description = En gateway eller proxy modtog et ugyldigt svar fra den bagvedliggende server, den kontaktede.
    .advice = Webstedet har problemer med at nå en af sine servere. Prøv igen om et par minutter.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Tjenesten er ikke tilgængelig
    .description = Serveren kan ikke håndtere anmodningen lige nu på grund af overbelastning eller vedligeholdelse; en Retry-After-header kan angive, hvornår det giver mening at prøve igen.
    .advice = Webstedet er midlertidigt utilgængeligt. Prøv igen senere.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Tidsgrænse for gateway overskredet
    .description = En gateway eller proxy fik ikke svar i tide fra den bagvedliggende server.
    .advice = Det tager for lang tid, før webstedet svarer. Prøv igen om et par minutter.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = HTTP-versionen understøttes ikke
    .description = Serveren understøtter ikke den hovedversion af HTTP, der bruges i anmodningen.
    .advice = Din browser bruger en forbindelsesmetode, som denne server ikke understøtter. Opdatér din browser, og prøv så igen.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Varianten forhandler også
    .description = Transparent indholdsforhandling er fejlkonfigureret på serveren: den valgte variant er selv sat op til at forhandle.
    .advice = Webstedet er fejlkonfigureret. Prøv igen senere.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Utilstrækkelig lagerplads
    .description = WebDAV: serveren kan ikke gemme det, der er nødvendigt for at fuldføre anmodningen.
    .advice = Serveren er løbet tør for lagerplads. Prøv igen senere.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Løkke registreret
    .description = WebDAV: serveren stoppede handlingen, fordi den fandt en uendelig løkke, for eksempel i bindinger med uendelig Depth.
    .advice = Serveren endte i en løkke under behandlingen af din anmodning. Prøv igen senere.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Båndbreddegrænsen er overskredet
    .description = Uofficiel (Apache og cPanel hos webhoteller): webstedet har brugt den båndbredde, som dets webhotelabonnement tillader.
    .advice = Webstedet har overskredet sin trafikkvote. Prøv igen senere.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Ikke udvidet
    .description = Forældet: anmodningen opfyldte ikke udvidelsespolitikken i HTTP-rammeværket for udvidelser (RFC 2774), som nu er klassificeret som historisk.
    .advice = Serveren kunne ikke håndtere denne anmodning. Prøv igen senere.
# 511 Network Authentication Required, RFC 6585.
http-511 = Netværksautentificering påkrævet
    .description = Klienten skal autentificere sig for at få adgang til netværket, typisk via logindsiden på en adgangsportal.
    .advice = Log ind på det netværk, du har forbindelse til, for eksempel på dets logindside til Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Webserveren returnerede en ukendt fejl
    .description = Uofficiel (Cloudflare): oprindelsesserveren returnerede et tomt, ukendt eller uventet svar.
    .advice = Webstedets server svarede uventet. Prøv igen om et par minutter.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Webserveren er nede
    .description = Uofficiel (Cloudflare): oprindelsesserveren afviste forbindelsen.
    .advice = Webstedets server kan ikke nås lige nu. Prøv igen senere.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Tidsgrænse for forbindelse overskredet
    .description = Uofficiel (Cloudflare): tidsgrænsen blev overskredet for TCP-forbindelsen til oprindelsesserveren.
    .advice = Webstedets server var for længe om at svare. Prøv igen senere.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Oprindelsesserveren kan ikke nås
    .description = Uofficiel (Cloudflare): Cloudflare kunne ikke nå oprindelsesserveren, for eksempel på grund af et DNS- eller routingproblem.
    .advice = Webstedets server kan ikke nås lige nu. Prøv igen senere.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Tidsgrænse overskredet
    .description = Uofficiel (Cloudflare): forbindelsen til oprindelsesserveren blev oprettet, men den sendte ikke et HTTP-svar i tide.
    .advice = Webstedets server var for længe om at svare. Prøv igen senere.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL-håndtryk mislykkedes
    .description = Uofficiel (Cloudflare): TLS-håndtrykket mellem Cloudflare og oprindelsesserveren mislykkedes.
    .advice = Der kunne ikke oprettes en sikker forbindelse til webstedets server. Prøv igen senere.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Ugyldigt SSL-certifikat
    .description = Uofficiel (Cloudflare): Cloudflare kunne ikke validere oprindelsesserverens TLS-certifikat.
    .advice = Webstedets sikkerhedscertifikat kunne ikke bekræftes. Prøv igen senere.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = DNS-fejl hos oprindelsesserveren
    .description = Uofficiel (Cloudflare): sendes sammen med en Cloudflare-fejl 1xxx, oftest når oprindelsesserverens DNS-navn ikke kan slås op.
    .advice = Webstedet kan ikke nås lige nu. Prøv igen senere.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Tidsgrænse for læsning fra netværket overskredet
    .description = Uofficiel (konvention hos nogle proxyer): tidsgrænsen blev overskredet under læsning af svaret fra den bagvedliggende server.
    .advice = Webstedet var for længe om at svare. Prøv igen senere.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Tidsgrænse for netværksforbindelse overskredet
    .description = Uofficiel (konvention hos nogle proxyer): tidsgrænsen blev overskredet under oprettelse af forbindelsen til den bagvedliggende server.
    .advice = Webstedet kunne ikke nås i tide. Prøv igen senere.
