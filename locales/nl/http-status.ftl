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
http-unknown = Onbekende status
    .description = De statuscode is geen geldige HTTP-statuscode; geldige codes zijn getallen van drie cijfers van 100 tot en met 599.
    .advice = Er is iets onverwachts gebeurd. Probeer het later opnieuw.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informatief
    .description = Een voorlopig antwoord: de server heeft het verzoek ontvangen en is er nog mee bezig. Het definitieve antwoord volgt later.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Geslaagd
    .description = De server heeft het verzoek ontvangen, begrepen en geaccepteerd.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Omleiding
    .description = De client moet nog een extra stap zetten om het verzoek af te ronden, meestal door een link naar een ander adres te volgen.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Clientfout
    .description = Het verzoek bevat een fout of kan in deze vorm niet worden uitgevoerd; de client moet het niet ongewijzigd herhalen.
    .advice = Controleer het adres en wat u hebt ingevuld, en probeer het daarna opnieuw.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Serverfout
    .description = De server kon een verzoek dat geldig lijkt niet uitvoeren.
    .advice = Het probleem ligt bij ons. Probeer het over een paar minuten opnieuw.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Doorgaan
    .description = De server heeft de headers van het verzoek ontvangen en de client kan doorgaan met het verzenden van de hoofdtekst van het verzoek.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Protocolwissel
    .description = De server gaat in op het Upgrade-verzoek van de client en schakelt over op het protocol dat in het antwoord wordt genoemd, bijvoorbeeld WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Wordt verwerkt
    .description = WebDAV: de server heeft het verzoek geaccepteerd en is het nog aan het verwerken, zodat de client niet wegens een overschreden tijdslimiet hoeft af te breken.
# 103 Early Hints, RFC 8297.
http-103 = Vroege aanwijzingen
    .description = Wordt vóór het definitieve antwoord verzonden, zodat de client alvast de bronnen kan laden die in de Link-headers worden genoemd.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Hervatbaar uploaden ondersteund
    .description = De server ondersteunt hervatbare uploads en vertelt de client waar die een onderbroken upload kan hervatten. Deze code is slechts tijdelijk geregistreerd.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Het verzoek is geslaagd. Wat het antwoord bevat, hangt af van de verzoekmethode.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Aangemaakt
    .description = Het verzoek is geslaagd en heeft een of meer nieuwe bronnen aangemaakt, die meestal in de Location-header worden aangegeven.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Geaccepteerd
    .description = Het verzoek is voor verwerking geaccepteerd, maar de verwerking is nog niet klaar en kan alsnog mislukken.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Niet-gezaghebbende informatie
    .description = Het verzoek is geslaagd, maar een transformerende proxy heeft de door de oorsprongsserver verzonden inhoud gewijzigd.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Geen inhoud
    .description = Het verzoek is geslaagd en er is geen inhoud om in de hoofdtekst van het antwoord mee te sturen.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Inhoud opnieuw instellen
    .description = Het verzoek is geslaagd en de client moet het formulier of de weergave waar het verzoek vandaan kwam opnieuw instellen, bijvoorbeeld om nieuwe invoer mogelijk te maken.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Gedeeltelijke inhoud
    .description = De server verzendt alleen de delen van de bron die de client met een Range-header heeft opgevraagd.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Meervoudige status
    .description = WebDAV: de hoofdtekst is een XML-document met een afzonderlijke status voor elk van meerdere bronnen.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Al gemeld
    .description = WebDAV: de leden van deze verzameling zijn eerder in hetzelfde antwoord al vermeld en worden niet herhaald.
# 226 IM Used, RFC 3229.
http-226 = IM toegepast
    .description = De server heeft een GET-verzoek met delta-codering uitgevoerd: het antwoord is het resultaat van instantiemanipulaties die op de huidige bron zijn toegepast.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Meerdere keuzes
    .description = De bron is in meerdere representaties beschikbaar en de client, of de gebruiker, kan er een van kiezen.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Permanent verplaatst
    .description = De bron heeft een nieuw, permanent adres, dat in de Location-header staat; links moeten naar dat adres worden bijgewerkt.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Gevonden
    .description = De bron staat tijdelijk op een ander adres, dat in de Location-header staat. Clients maken bij het volgen van de omleiding vaak van een POST een GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Zie andere
    .description = De client moet met een GET-verzoek een andere bron ophalen, die in de Location-header wordt genoemd, bijvoorbeeld een resultatenpagina nadat een formulier is verzonden.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Niet gewijzigd
    .description = Een voorwaardelijk GET- of HEAD-verzoek heeft vastgesteld dat de bron niet is gewijzigd, dus de client kan zijn kopie uit de cache gebruiken.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Proxy gebruiken
    .description = Verouderd: gaf de client vroeger de opdracht het verzoek via een proxy te herhalen. Om veiligheidsredenen volgen clients dit niet meer op.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Proxy wisselen (niet in gebruik)
    .description = Gereserveerd: deze code werd in een vroeg concept van HTTP gebruikt en wordt niet meer gebruikt.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Tijdelijke omleiding
    .description = De bron staat tijdelijk op een ander adres en de client moet het verzoek daar herhalen met dezelfde methode en dezelfde hoofdtekst.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Permanente omleiding
    .description = De bron heeft een nieuw, permanent adres en de client moet het verzoek daar herhalen met dezelfde methode en dezelfde hoofdtekst.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Ongeldig verzoek
    .description = De server kan het verzoek niet verwerken vanwege een fout aan de kant van de client, zoals een onjuiste syntaxis of een ongeldige opbouw van het bericht.
    .advice = Controleer het adres of het formulier dat u hebt verzonden, en probeer het daarna opnieuw.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Niet geautoriseerd
    .description = Het verzoek bevat geen geldige aanmeldgegevens voor authenticatie; de WWW-Authenticate-header geeft aan hoe de client zich kan authenticeren.
    .advice = Meld u aan en probeer het daarna opnieuw.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Betaling vereist
    .description = Gereserveerd voor toekomstig gebruik. Sommige diensten sturen deze code wanneer een betaling of abonnement nodig is.
    .advice = Voor deze inhoud is mogelijk een betaling of abonnement nodig.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Verboden
    .description = De server heeft het verzoek begrepen, maar weigert het uit te voeren; opnieuw aanmelden verandert daar niets aan.
    .advice = U hebt geen toestemming om deze pagina te bekijken.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Niet gevonden
    .description = De server heeft op dit adres niets gevonden en kan niet zeggen of dat ooit zal veranderen.
    .advice = Controleer het adres op typfouten of ga terug naar de startpagina.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Methode niet toegestaan
    .description = De bron ondersteunt de verzoekmethode niet; de Allow-header somt de methoden op die wel worden ondersteund.
    .advice = Deze actie is hier niet mogelijk. Ga terug en probeer het op een andere manier.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Niet aanvaardbaar
    .description = De server heeft geen representatie van de bron die past bij de Accept-headers van het verzoek.
    .advice = Deze pagina is niet beschikbaar in een indeling of taal die uw browser accepteert.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Proxyauthenticatie vereist
    .description = Net als 401, maar de client moet zich eerst bij een proxy authenticeren, zoals de Proxy-Authenticate-header beschrijft.
    .advice = Meld u aan bij de proxy van uw netwerk en probeer het daarna opnieuw.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Tijdslimiet voor verzoek overschreden
    .description = De server heeft binnen de tijd die hij wilde wachten geen volledig verzoek ontvangen en heeft de verbinding gesloten.
    .advice = De verbinding duurde te lang. Probeer het opnieuw.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Conflict
    .description = Het verzoek is in strijd met de huidige toestand van de bron, bijvoorbeeld bij een bewerking die op een verouderde versie is gebaseerd.
    .advice = Mogelijk heeft iemand anders deze inhoud tegelijkertijd gewijzigd. Laad de pagina opnieuw en probeer het nog een keer.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Verdwenen
    .description = De bron is bewust verwijderd en komt niet meer terug; links ernaartoe moeten worden verwijderd.
    .advice = Deze pagina is definitief verwijderd.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Lengte vereist
    .description = De server weigert een verzoek dat een hoofdtekst heeft, maar geen Content-Length-header.
    .advice = Uw browser heeft een onvolledig verzoek verzonden. Probeer het opnieuw.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Voorwaarde niet vervuld
    .description = Een voorwaarde in de headers van het verzoek, zoals If-Match of If-Unmodified-Since, bleek op de server onwaar te zijn.
    .advice = De inhoud is gewijzigd sinds u de pagina hebt geladen. Laad de pagina opnieuw en probeer het nog een keer.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Inhoud te groot
    .description = De inhoud van het verzoek is groter dan de server wil of kan verwerken.
    .advice = Wat u hebt verzonden, is te groot. Probeer het met een kleiner bestand.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI te lang
    .description = De doel-URI van het verzoek is langer dan de server wil interpreteren.
    .advice = Het adres is te lang. Controleer het of begin opnieuw vanaf de startpagina.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Niet-ondersteund mediatype
    .description = De server ondersteunt de indeling van de inhoud van het verzoek niet, zoals aangegeven door Content-Type of Content-Encoding.
    .advice = Dit bestandstype wordt hier niet ondersteund.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Bereik niet leverbaar
    .description = Geen van de bereiken in de Range-header van het verzoek overlapt met de huidige omvang van de bron.
    .advice = Het opgevraagde deel van het bestand is niet beschikbaar. Download het bestand opnieuw vanaf het begin.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Verwachting niet vervuld
    .description = De server kan niet voldoen aan de verwachting die in de Expect-header van het verzoek staat.
    .advice = Uw browser heeft een verzoek verzonden dat deze server niet kan afhandelen. Probeer het opnieuw.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Ik ben een theepot (niet in gebruik)
    .description = Gereserveerd: een 1-aprilgrap uit RFC 2324 die zo breed is overgenomen dat de code nergens anders meer voor kan worden gebruikt.
    .advice = De server heeft dit verzoek geweigerd met een statuscode die als grap bedoeld is.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Rustig aan
    .description = Onofficieel (vroege API van Twitter): het aantal verzoeken van de client wordt beperkt. Standaardservers gebruiken in plaats daarvan 429.
    .advice = Te veel verzoeken in korte tijd. Wacht even en probeer het daarna opnieuw.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Verkeerd geadresseerd verzoek
    .description = Het verzoek kwam terecht bij een server die niet is ingesteld om te antwoorden voor deze combinatie van schema, host en poort, vaak via een hergebruikte verbinding.
    .advice = Probeer het opnieuw. Als het probleem blijft bestaan, start dan uw browser opnieuw.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Onverwerkbare inhoud
    .description = Het verzoek is correct opgebouwd, maar de server kan niets met de inhoud ervan, bijvoorbeeld vanwege validatiefouten.
    .advice = Een deel van wat u hebt ingevuld, is ongeldig. Controleer het en probeer het opnieuw.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Vergrendeld
    .description = WebDAV: de bron is vergrendeld, dus deze methode kan er niet op worden toegepast.
    .advice = Deze inhoud is vergrendeld omdat iemand anders eraan werkt. Probeer het later opnieuw.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Mislukte afhankelijkheid
    .description = WebDAV: de methode kon niet worden uitgevoerd omdat een andere actie waarvan de methode afhankelijk is, is mislukt.
    .advice = Uw verzoek kon niet worden voltooid omdat een bijbehorende stap is mislukt. Probeer het opnieuw.
# 425 Too Early, RFC 8470.
http-425 = Te vroeg
    .description = De server wil geen verzoek verwerken dat mogelijk opnieuw wordt afgespeeld, zoals een verzoek dat als vroege TLS-gegevens (0-RTT) is verzonden.
    .advice = Probeer het zo meteen opnieuw.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Upgrade vereist
    .description = De server weigert het verzoek via het huidige protocol; de Upgrade-header noemt het protocol waarop moet worden overgeschakeld.
    .advice = Uw browser heeft een nieuwere verbindingsmethode nodig. Werk uw browser bij en probeer het daarna opnieuw.
# 428 Precondition Required, RFC 6585.
http-428 = Voorwaarde vereist
    .description = De server eist dat het verzoek voorwaardelijk is, bijvoorbeeld met If-Match, om verloren wijzigingen te voorkomen.
    .advice = Laad de pagina opnieuw en probeer het nog een keer.
# 429 Too Many Requests, RFC 6585.
http-429 = Te veel verzoeken
    .description = De client heeft in een bepaalde tijd te veel verzoeken verzonden; een Retry-After-header kan aangeven hoelang hij moet wachten.
    .advice = U hebt te veel verzoeken gedaan. Wacht even en probeer het daarna opnieuw.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Headervelden van verzoek te groot
    .description = De server weigert het verzoek omdat één headerveld, of alle headervelden samen, te groot zijn.
    .advice = Het kan helpen om de cookies van deze website in uw browser te wissen. Probeer het daarna opnieuw.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Aanmelding verlopen
    .description = Onofficieel (Microsoft IIS): de sessie van de client is verlopen en de gebruiker moet zich opnieuw aanmelden.
    .advice = Uw sessie is verlopen. Meld u opnieuw aan.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Geen antwoord
    .description = Onofficieel (nginx, alleen intern): de server heeft de verbinding gesloten zonder een antwoord te sturen. De code verschijnt in logbestanden, nooit bij clients.
    .advice = De server heeft de verbinding zonder antwoord gesloten. Probeer het later opnieuw.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Opnieuw proberen met aanvullende gegevens
    .description = Onofficieel (Microsoft IIS): het verzoek miste gegevens en moet opnieuw worden verzonden zodra de client die heeft aangevuld.
    .advice = Er ontbreken gegevens. Probeer het opnieuw.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Geblokkeerd door Ouderlijk toezicht van Windows
    .description = Onofficieel (Microsoft): Ouderlijk toezicht van Windows heeft de toegang tot de opgevraagde pagina geblokkeerd.
    .advice = Ouderlijk toezicht op deze computer heeft deze pagina geblokkeerd.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Niet beschikbaar om juridische redenen
    .description = De server weigert toegang tot de bron vanwege een juridische eis, zoals een rechterlijk bevel.
    .advice = Deze inhoud is om juridische redenen niet voor u beschikbaar.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Header van verzoek te groot
    .description = Onofficieel (nginx): het verzoek of een van de headerregels ervan is te groot; een voorloper van 431.
    .advice = Het kan helpen om de cookies van deze website in uw browser te wissen. Probeer het daarna opnieuw.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL-certificaatfout
    .description = Onofficieel (nginx): het clientcertificaat dat voor TLS-clientauthenticatie is aangeboden, is ongeldig.
    .advice = Uw beveiligingscertificaat is niet geaccepteerd. Neem contact op met de beheerder van de website.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL-certificaat vereist
    .description = Onofficieel (nginx): de server vereist een TLS-clientcertificaat en de client heeft er geen aangeboden.
    .advice = Deze website heeft een beveiligingscertificaat van uw apparaat nodig. Neem contact op met de beheerder van de website.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP-verzoek naar HTTPS-poort verzonden
    .description = Onofficieel (nginx): een onversleuteld HTTP-verzoek is binnengekomen op een poort die HTTPS verwacht.
    .advice = Gebruik een adres dat met https:// begint en probeer het opnieuw.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Verzoek afgebroken door client
    .description = Onofficieel (nginx-logbestanden): de client heeft de verbinding gesloten voordat de server zijn antwoord kon verzenden.
    .advice = Het verzoek is afgebroken voordat het klaar was. Probeer het opnieuw.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Interne serverfout
    .description = De server kwam een onverwachte situatie tegen waardoor hij het verzoek niet kon uitvoeren.
    .advice = Er is bij ons iets misgegaan. Probeer het later opnieuw.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Niet geïmplementeerd
    .description = De server ondersteunt de functionaliteit niet die nodig is om het verzoek uit te voeren, zoals een onbekende verzoekmethode.
    .advice = Deze functie is op deze website niet beschikbaar.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Ongeldige gateway
    .description = Een gateway of proxy heeft een ongeldig antwoord ontvangen van de achterliggende server die hij benaderde.
    .advice = De website kan een van haar servers niet goed bereiken. Probeer het over een paar minuten opnieuw.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Dienst niet beschikbaar
    .description = De server kan het verzoek op dit moment niet afhandelen vanwege overbelasting of onderhoud; een Retry-After-header kan aangeven wanneer een nieuwe poging zinvol is.
    .advice = De website is tijdelijk niet beschikbaar. Probeer het later opnieuw.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Tijdslimiet van gateway overschreden
    .description = Een gateway of proxy heeft niet op tijd een antwoord gekregen van de achterliggende server.
    .advice = Het duurt te lang voordat de website reageert. Probeer het over een paar minuten opnieuw.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = HTTP-versie niet ondersteund
    .description = De server ondersteunt de hoofdversie van HTTP die in het verzoek wordt gebruikt niet.
    .advice = Uw browser gebruikt een verbindingsmethode die deze server niet ondersteunt. Werk uw browser bij en probeer het daarna opnieuw.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Variant onderhandelt ook
    .description = Transparante inhoudsonderhandeling is op de server onjuist ingesteld: de gekozen variant is zelf ook ingesteld om te onderhandelen.
    .advice = De website is onjuist ingesteld. Probeer het later opnieuw.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Onvoldoende opslagruimte
    .description = WebDAV: de server kan niet opslaan wat nodig is om het verzoek te voltooien.
    .advice = De server heeft geen opslagruimte meer. Probeer het later opnieuw.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Lus gedetecteerd
    .description = WebDAV: de server heeft de bewerking gestopt omdat hij een oneindige lus aantrof, bijvoorbeeld bij bindingen met een oneindige Depth.
    .advice = De server is bij het verwerken van uw verzoek in een lus terechtgekomen. Probeer het later opnieuw.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Bandbreedtelimiet overschreden
    .description = Onofficieel (Apache en cPanel bij hostingproviders): de website heeft de bandbreedte opgebruikt die haar hostingpakket toestaat.
    .advice = Deze website heeft haar dataverkeerslimiet overschreden. Probeer het later opnieuw.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Niet uitgebreid
    .description = Verouderd: het verzoek voldeed niet aan het uitbreidingsbeleid van het HTTP-uitbreidingsraamwerk uit RFC 2774, dat inmiddels als historisch is aangemerkt.
    .advice = De server kon dit verzoek niet afhandelen. Probeer het later opnieuw.
# 511 Network Authentication Required, RFC 6585.
http-511 = Netwerkauthenticatie vereist
    .description = De client moet zich authenticeren om toegang tot het netwerk te krijgen, meestal via de aanmeldpagina van een toegangsportaal.
    .advice = Meld u aan bij het netwerk waarmee u verbonden bent, bijvoorbeeld op de Wi-Fi-aanmeldpagina.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Webserver gaf een onbekende fout
    .description = Onofficieel (Cloudflare): de oorsprongsserver gaf een leeg, onbekend of onverwacht antwoord.
    .advice = De server van de website reageerde onverwacht. Probeer het over een paar minuten opnieuw.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Webserver is uitgevallen
    .description = Onofficieel (Cloudflare): de oorsprongsserver heeft de verbinding geweigerd.
    .advice = De server van de website is op dit moment niet bereikbaar. Probeer het later opnieuw.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Tijdslimiet voor verbinding overschreden
    .description = Onofficieel (Cloudflare): bij de TCP-verbinding met de oorsprongsserver is de tijdslimiet overschreden.
    .advice = Het duurde te lang voordat de server van de website antwoordde. Probeer het later opnieuw.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Oorsprongsserver onbereikbaar
    .description = Onofficieel (Cloudflare): Cloudflare kon de oorsprongsserver niet bereiken, bijvoorbeeld door een DNS- of routeringsprobleem.
    .advice = De server van de website is op dit moment niet bereikbaar. Probeer het later opnieuw.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Tijdslimiet overschreden
    .description = Onofficieel (Cloudflare): de verbinding met de oorsprongsserver is gelukt, maar die heeft niet op tijd een HTTP-antwoord verzonden.
    .advice = Het duurde te lang voordat de server van de website antwoordde. Probeer het later opnieuw.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL-handshake mislukt
    .description = Onofficieel (Cloudflare): de TLS-handshake tussen Cloudflare en de oorsprongsserver is mislukt.
    .advice = Er kon geen beveiligde verbinding met de server van de website worden opgezet. Probeer het later opnieuw.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Ongeldig SSL-certificaat
    .description = Onofficieel (Cloudflare): Cloudflare kon het TLS-certificaat van de oorsprongsserver niet valideren.
    .advice = Het beveiligingscertificaat van de website kon niet worden gecontroleerd. Probeer het later opnieuw.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = DNS-fout bij oorsprongsserver
    .description = Onofficieel (Cloudflare): wordt samen met een Cloudflare-fout 1xxx verzonden, meestal wanneer de DNS-naam van de oorsprongsserver niet kan worden omgezet.
    .advice = De website is op dit moment niet bereikbaar. Probeer het later opnieuw.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Tijdslimiet voor lezen van netwerk overschreden
    .description = Onofficieel (conventie van sommige proxy's): bij het lezen van het antwoord van de achterliggende server is de tijdslimiet overschreden.
    .advice = Het duurde te lang voordat de website reageerde. Probeer het later opnieuw.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Tijdslimiet voor netwerkverbinding overschreden
    .description = Onofficieel (conventie van sommige proxy's): bij het verbinden met de achterliggende server is de tijdslimiet overschreden.
    .advice = De website kon niet op tijd worden bereikt. Probeer het later opnieuw.
