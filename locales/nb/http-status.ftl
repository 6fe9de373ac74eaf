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
http-unknown = Ukjent status
    .description = Statuskoden er ikke en gyldig HTTP-statuskode; gyldige koder er tresifrede tall fra 100 til 599.
    .advice = Noe uventet skjedde. Prøv igjen senere.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informasjon
    .description = Et foreløpig svar: serveren har mottatt forespørselen og arbeider fortsatt med den. Det endelige svaret kommer senere.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Vellykket
    .description = Serveren har mottatt, forstått og godtatt forespørselen.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Omdirigering
    .description = Klienten må gjøre noe mer for å fullføre forespørselen, som regel følge en lenke til en annen adresse.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Klientfeil
    .description = Forespørselen inneholder en feil eller kan ikke utføres slik den ble sendt; klienten bør ikke gjenta den uendret.
    .advice = Kontroller adressen og det du har skrevet inn, og prøv deretter på nytt.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Serverfeil
    .description = Serveren klarte ikke å utføre en forespørsel som ser ut til å være gyldig.
    .advice = Problemet ligger hos oss. Prøv igjen om noen minutter.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Fortsett
    .description = Serveren har mottatt hodene i forespørselen, og klienten kan fortsette å sende brødteksten i forespørselen.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Bytter protokoll
    .description = Serveren godtar klientens Upgrade-forespørsel og bytter til protokollen som er oppgitt i svaret, for eksempel WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Behandler
    .description = WebDAV: serveren har godtatt forespørselen og behandler den fortsatt, så klienten bør ikke avbryte på grunn av tidsavbrudd.
# 103 Early Hints, RFC 8297.
http-103 = Tidlige hint
    .description = Sendes før det endelige svaret, slik at klienten kan begynne å forhåndslaste ressursene som er oppgitt i Link-hodene.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Gjenopptakelse av opplasting støttes
    .description = Serveren støtter opplastinger som kan gjenopptas, og forteller klienten hvor en avbrutt opplasting kan fortsette. Koden er bare midlertidig registrert.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Forespørselen var vellykket. Hva svaret inneholder, avhenger av forespørselsmetoden.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Opprettet
    .description = Forespørselen var vellykket og opprettet én eller flere nye ressurser, som vanligvis er oppgitt i Location-hodet.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Godtatt
    .description = Forespørselen er godtatt for behandling, men behandlingen er ikke ferdig og kan fortsatt mislykkes.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Ikke-autoritativ informasjon
    .description = Forespørselen var vellykket, men en transformerende proxy har endret innholdet som opprinnelsesserveren sendte.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Ikke noe innhold
    .description = Forespørselen var vellykket, og det finnes ikke noe innhold å sende i brødteksten i svaret.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Tilbakestill innhold
    .description = Forespørselen var vellykket, og klienten bør tilbakestille skjemaet eller visningen som sendte den, for eksempel slik at nye data kan legges inn.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Delvis innhold
    .description = Serveren sender bare de delene av ressursen som klienten ba om med et Range-hode.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Flerstatus
    .description = WebDAV: brødteksten er et XML-dokument med en egen status for hver av flere ressurser.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Allerede rapportert
    .description = WebDAV: medlemmene i denne samlingen er allerede oppført tidligere i det samme svaret og gjentas ikke.
# 226 IM Used, RFC 3229.
http-226 = IM brukt
    .description = Serveren utførte en GET-forespørsel med deltakoding: svaret er resultatet av instansmanipuleringer som er brukt på den gjeldende ressursen.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Flere valg
    .description = Ressursen finnes i flere representasjoner, og klienten, eller brukeren, kan velge én av dem.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Flyttet permanent
    .description = Ressursen har fått en ny permanent adresse, som er oppgitt i Location-hodet; lenker bør oppdateres til den.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Funnet
    .description = Ressursen ligger midlertidig på en annen adresse, som er oppgitt i Location-hodet. Klienter gjør ofte om en POST til en GET når de følger omdirigeringen.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Se annen
    .description = Klienten bør hente en annen ressurs, som er oppgitt i Location-hodet, med en GET-forespørsel, for eksempel en resultatside etter at et skjema er sendt.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Ikke endret
    .description = En betinget GET- eller HEAD-forespørsel fant at ressursen er uendret, så klienten kan bruke kopien sin fra hurtigbufferen.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Bruk proxy
    .description = Foreldet: ba tidligere klienten om å gjenta forespørselen via en proxy. Av sikkerhetshensyn følger klienter den ikke lenger.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Bytt proxy (ikke i bruk)
    .description = Reservert: koden ble brukt i et tidlig utkast til HTTP og er ikke lenger i bruk.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Midlertidig omdirigering
    .description = Ressursen ligger midlertidig på en annen adresse, og klienten må gjenta forespørselen der med samme metode og brødtekst.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Permanent omdirigering
    .description = Ressursen har fått en ny permanent adresse, og klienten må gjenta forespørselen der med samme metode og brødtekst.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Ugyldig forespørsel
    .description = Serveren kan ikke behandle forespørselen på grunn av en klientfeil, for eksempel feil syntaks eller en ugyldig meldingsstruktur.
    .advice = Kontroller adressen eller skjemaet du sendte, og prøv deretter på nytt.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Ikke autorisert
    .description = Forespørselen mangler gyldig legitimasjon for autentisering; WWW-Authenticate-hodet angir hvordan klienten skal autentisere seg.
    .advice = Logg inn, og prøv deretter på nytt.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Betaling kreves
    .description = Reservert for fremtidig bruk. Enkelte tjenester sender koden når det kreves betaling eller et abonnement.
    .advice = Dette innholdet kan kreve betaling eller et abonnement.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Forbudt
    .description = Serveren forstod forespørselen, men nekter å utføre den; å logge inn på nytt endrer ikke på det.
    .advice = Du har ikke tillatelse til å se denne siden.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Ikke funnet
    .description = Serveren fant ingenting på denne adressen og kan ikke si om det noen gang vil finnes noe der.
    .advice = Kontroller at adressen er skrevet riktig, eller gå tilbake til forsiden.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Metoden er ikke tillatt
    .description = Ressursen støtter ikke forespørselsmetoden; Allow-hodet lister opp metodene den støtter.
    .advice = Denne handlingen er ikke tilgjengelig her. Gå tilbake og prøv på en annen måte.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Ikke akseptabel
    .description = Serveren har ingen representasjon av ressursen som samsvarer med Accept-hodene i forespørselen.
    .advice = Denne siden finnes ikke i et format eller et språk som nettleseren din godtar.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Proxyautentisering kreves
    .description = Som 401, men klienten må først autentisere seg mot en proxy, slik Proxy-Authenticate-hodet beskriver.
    .advice = Logg inn på proxyen i nettverket ditt, og prøv deretter på nytt.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Tidsavbrudd for forespørselen
    .description = Serveren mottok ikke en fullstendig forespørsel innen tiden den var villig til å vente, og lukket tilkoblingen.
    .advice = Tilkoblingen tok for lang tid. Prøv igjen.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflikt
    .description = Forespørselen er i konflikt med ressursens nåværende tilstand, for eksempel en endring som bygger på en utdatert versjon.
    .advice = Noen kan ha endret dette innholdet samtidig. Last inn siden på nytt, og prøv igjen.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Fjernet
    .description = Ressursen er fjernet med vilje og kommer ikke tilbake; lenker til den bør slettes.
    .advice = Denne siden er fjernet for godt.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Lengde kreves
    .description = Serveren avviser en forespørsel som har brødtekst, men ikke noe Content-Length-hode.
    .advice = Nettleseren din sendte en ufullstendig forespørsel. Prøv igjen.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Forhåndsbetingelse ikke oppfylt
    .description = En betingelse i forespørselshodene, for eksempel If-Match eller If-Unmodified-Since, ble evaluert som usann på serveren.
    .advice = Innholdet er endret siden du lastet det inn. Last inn siden på nytt, og prøv igjen.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Innholdet er for stort
    .description = Innholdet i forespørselen er større enn serveren er villig til eller i stand til å behandle.
    .advice = Det du sendte, er for stort. Prøv med en mindre fil.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI-en er for lang
    .description = Mål-URI-en for forespørselen er lengre enn serveren er villig til å tolke.
    .advice = Adressen er for lang. Kontroller den, eller begynn på nytt fra forsiden.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Medietypen støttes ikke
    .description = Serveren støtter ikke formatet på innholdet i forespørselen, slik det er angitt i Content-Type eller Content-Encoding.
    .advice = Denne filtypen støttes ikke her.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Området kan ikke leveres
    .description = Ingen av områdene i Range-hodet i forespørselen overlapper ressursens nåværende omfang.
    .advice = Den forespurte delen av filen er ikke tilgjengelig. Prøv å laste ned filen på nytt fra begynnelsen.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Forventning ikke oppfylt
    .description = Serveren kan ikke oppfylle forventningen som er angitt i Expect-hodet i forespørselen.
    .advice = Nettleseren din sendte en forespørsel som denne serveren ikke kan håndtere. Prøv igjen.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Jeg er en tekanne (ikke i bruk)
    .description = Reservert: en aprilspøk fra RFC 2324 som fikk så stor utbredelse at koden ikke kan brukes til noe annet.
    .advice = Serveren avviste forespørselen med en statuskode som er ment som en spøk.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Ta det med ro
    .description = Uoffisiell (Twitters tidlige API): klientens forespørsler blir begrenset. Standardservere bruker 429 i stedet.
    .advice = For mange forespørsler på kort tid. Vent litt, og prøv deretter på nytt.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Feildirigert forespørsel
    .description = Forespørselen nådde en server som ikke er konfigurert til å svare for denne kombinasjonen av skjema, vert og port, ofte via en gjenbrukt tilkobling.
    .advice = Prøv igjen. Hvis problemet vedvarer, start nettleseren på nytt.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Innholdet kan ikke behandles
    .description = Forespørselen er korrekt utformet, men serveren kan ikke behandle innholdet, for eksempel på grunn av valideringsfeil.
    .advice = Noe av det du har skrevet inn, er ugyldig. Kontroller det, og prøv igjen.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Låst
    .description = WebDAV: ressursen er låst, så denne metoden kan ikke brukes på den.
    .advice = Dette innholdet er låst fordi noen andre arbeider med det. Prøv igjen senere.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Avhengighet mislyktes
    .description = WebDAV: metoden kunne ikke kjøres fordi en annen handling som den er avhengig av, mislyktes.
    .advice = Forespørselen din kunne ikke fullføres fordi et tilknyttet trinn mislyktes. Prøv igjen.
# 425 Too Early, RFC 8470.
http-425 = For tidlig
    .description = Serveren vil ikke behandle en forespørsel som kan bli spilt av på nytt, for eksempel en som er sendt som tidlige TLS-data (0-RTT).
    .advice = Prøv igjen om et øyeblikk.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Oppgradering kreves
    .description = Serveren avviser forespørselen over den nåværende protokollen; Upgrade-hodet angir protokollen det skal byttes til.
    .advice = Nettleseren din trenger en nyere tilkoblingsmetode. Oppdater nettleseren, og prøv deretter på nytt.
# 428 Precondition Required, RFC 6585.
http-428 = Forhåndsbetingelse kreves
    .description = Serveren krever at forespørselen er betinget, for eksempel med If-Match, for å hindre at endringer går tapt.
    .advice = Last inn siden på nytt, og prøv igjen.
# 429 Too Many Requests, RFC 6585.
http-429 = For mange forespørsler
    .description = Klienten har sendt for mange forespørsler i løpet av en gitt tid; et Retry-After-hode kan angi hvor lenge den bør vente.
    .advice = Du har sendt for mange forespørsler. Vent litt, og prøv deretter på nytt.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Hodefeltene i forespørselen er for store
    .description = Serveren avviser forespørselen fordi ett enkelt hodefelt, eller alle til sammen, er for store.
    .advice = Det kan hjelpe å slette informasjonskapslene for dette nettstedet i nettleseren. Prøv deretter på nytt.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Innlogging utløpt
    .description = Uoffisiell (Microsoft IIS): klientens økt er utløpt, og brukeren må logge inn på nytt.
    .advice = Økten din er utløpt. Logg inn på nytt.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Ikke noe svar
    .description = Uoffisiell (nginx, bare internt): serveren lukket tilkoblingen uten å sende noe svar. Koden vises i logger, aldri hos klienter.
    .advice = Serveren lukket tilkoblingen uten å svare. Prøv igjen senere.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Prøv igjen med flere opplysninger
    .description = Uoffisiell (Microsoft IIS): forespørselen manglet opplysninger og bør sendes på nytt når klienten har lagt dem til.
    .advice = Noen opplysninger mangler. Prøv igjen.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Blokkert av Foreldrekontroll i Windows
    .description = Uoffisiell (Microsoft): Foreldrekontroll i Windows blokkerte tilgangen til den forespurte siden.
    .advice = Foreldrekontrollen på denne datamaskinen har blokkert siden.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Utilgjengelig av juridiske årsaker
    .description = Serveren nekter tilgang til ressursen på grunn av et rettslig krav, for eksempel en rettskjennelse.
    .advice = Dette innholdet er ikke tilgjengelig for deg av juridiske årsaker.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Forespørselshodet er for stort
    .description = Uoffisiell (nginx): forespørselen eller en av hodelinjene i den er for stor; en forløper for 431.
    .advice = Det kan hjelpe å slette informasjonskapslene for dette nettstedet i nettleseren. Prøv deretter på nytt.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Feil i SSL-sertifikatet
    .description = Uoffisiell (nginx): klientsertifikatet som ble lagt fram for TLS-klientautentisering, er ugyldig.
    .advice = Sikkerhetssertifikatet ditt ble ikke godtatt. Kontakt administratoren for nettstedet.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL-sertifikat kreves
    .description = Uoffisiell (nginx): serveren krever et TLS-klientsertifikat, og klienten la ikke fram noe.
    .advice = Dette nettstedet trenger et sikkerhetssertifikat fra enheten din. Kontakt administratoren for nettstedet.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP-forespørsel sendt til HTTPS-port
    .description = Uoffisiell (nginx): en ukryptert HTTP-forespørsel kom inn på en port som forventer HTTPS.
    .advice = Bruk en adresse som begynner med https://, og prøv igjen.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Klienten avbrøt forespørselen
    .description = Uoffisiell (nginx-logger): klienten lukket tilkoblingen før serveren rakk å sende svaret sitt.
    .advice = Forespørselen ble avbrutt før den var ferdig. Prøv igjen.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Intern serverfeil
    .description = Serveren støtte på en uventet tilstand som hindret den i å utføre forespørselen.
    .advice = Noe gikk galt hos oss. Prøv igjen senere.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Ikke implementert
    .description = Serveren støtter ikke funksjonaliteten som trengs for å utføre forespørselen, for eksempel en ukjent forespørselsmetode.
    .advice = Denne funksjonen er ikke tilgjengelig på dette nettstedet.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Ugyldig gateway
    .description = En gateway eller proxy mottok et ugyldig svar fra den bakenforliggende serveren den kontaktet.
    .advice = Nettstedet har problemer med å nå en av serverne sine. Prøv igjen om noen minutter.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Tjenesten er utilgjengelig
    .description = Serveren kan ikke håndtere forespørselen akkurat nå på grunn av overbelastning eller vedlikehold; et Retry-After-hode kan angi når det er verdt å prøve igjen.
    .advice = Nettstedet er midlertidig utilgjengelig. Prøv igjen senere.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Tidsavbrudd for gatewayen
    .description = En gateway eller proxy fikk ikke svar i tide fra den bakenforliggende serveren.
    .advice = Det tar for lang tid før nettstedet svarer. Prøv igjen om noen minutter.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = HTTP-versjonen støttes ikke
    .description = Serveren støtter ikke hovedversjonen av HTTP som brukes i forespørselen.
    .advice = Nettleseren din bruker en tilkoblingsmetode som denne serveren ikke støtter. Oppdater nettleseren, og prøv deretter på nytt.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Varianten forhandler også
    .description = Transparent innholdsforhandling er feilkonfigurert på serveren: den valgte varianten er selv satt opp til å forhandle.
    .advice = Nettstedet er feilkonfigurert. Prøv igjen senere.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Utilstrekkelig lagringsplass
    .description = WebDAV: serveren kan ikke lagre det som trengs for å fullføre forespørselen.
    .advice = Serveren har gått tom for lagringsplass. Prøv igjen senere.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Sløyfe oppdaget
    .description = WebDAV: serveren stoppet operasjonen fordi den oppdaget en uendelig sløyfe, for eksempel i bindinger med uendelig Depth.
    .advice = Serveren havnet i en sløyfe mens den behandlet forespørselen din. Prøv igjen senere.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Båndbreddegrensen er overskredet
    .description = Uoffisiell (Apache og cPanel hos webhotell): nettstedet har brukt opp båndbredden som webhotellabonnementet tillater.
    .advice = Dette nettstedet har overskredet trafikkvoten sin. Prøv igjen senere.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Ikke utvidet
    .description = Foreldet: forespørselen oppfylte ikke utvidelsespolicyen i HTTP-rammeverket for utvidelser (RFC 2774), som nå er klassifisert som historisk.
    .advice = Serveren kunne ikke håndtere denne forespørselen. Prøv igjen senere.
# 511 Network Authentication Required, RFC 6585.
http-511 = Nettverksautentisering kreves
    .description = Klienten må autentisere seg for å få tilgang til nettverket, som regel via innloggingssiden i en tilgangsportal.
    .advice = Logg inn på nettverket du er koblet til, for eksempel på innloggingssiden for Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Webserveren returnerte en ukjent feil
    .description = Uoffisiell (Cloudflare): opprinnelsesserveren returnerte et tomt, ukjent eller uventet svar.
    .advice = Serveren til nettstedet svarte uventet. Prøv igjen om noen minutter.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Webserveren er nede
    .description = Uoffisiell (Cloudflare): opprinnelsesserveren avviste tilkoblingen.
    .advice = Serveren til nettstedet kan ikke nås akkurat nå. Prøv igjen senere.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Tidsavbrudd for tilkoblingen
    .description = Uoffisiell (Cloudflare): det oppstod tidsavbrudd for TCP-tilkoblingen til opprinnelsesserveren.
    .advice = Serveren til nettstedet brukte for lang tid på å svare. Prøv igjen senere.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Opprinnelsesserveren kan ikke nås
    .description = Uoffisiell (Cloudflare): Cloudflare kunne ikke nå opprinnelsesserveren, for eksempel på grunn av et DNS- eller rutingproblem.
    .advice = Serveren til nettstedet kan ikke nås akkurat nå. Prøv igjen senere.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Tidsavbrudd
    .description = Uoffisiell (Cloudflare): tilkoblingen til opprinnelsesserveren lyktes, men den sendte ikke noe HTTP-svar i tide.
    .advice = Serveren til nettstedet brukte for lang tid på å svare. Prøv igjen senere.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL-håndtrykket mislyktes
    .description = Uoffisiell (Cloudflare): TLS-håndtrykket mellom Cloudflare og opprinnelsesserveren mislyktes.
    .advice = Det var ikke mulig å opprette en sikker tilkobling til serveren til nettstedet. Prøv igjen senere.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Ugyldig SSL-sertifikat
    .description = Uoffisiell (Cloudflare): Cloudflare kunne ikke validere TLS-sertifikatet til opprinnelsesserveren.
    .advice = Sikkerhetssertifikatet til nettstedet kunne ikke bekreftes. Prøv igjen senere.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = DNS-feil hos opprinnelsesserveren
    .description = Uoffisiell (Cloudflare): sendes sammen med en Cloudflare-feil 1xxx, oftest når DNS-navnet til opprinnelsesserveren ikke kan slås opp.
    .advice = Nettstedet kan ikke nås akkurat nå. Prøv igjen senere.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Tidsavbrudd ved lesing fra nettverket
    .description = Uoffisiell (konvensjon hos enkelte proxyer): det oppstod tidsavbrudd under lesing av svaret fra den bakenforliggende serveren.
    .advice = Nettstedet brukte for lang tid på å svare. Prøv igjen senere.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Tidsavbrudd ved tilkobling til nettverket
    .description = Uoffisiell (konvensjon hos enkelte proxyer): det oppstod tidsavbrudd under tilkoblingen til den bakenforliggende serveren.
    .advice = Nettstedet kunne ikke nås i tide. Prøv igjen senere.
