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
http-unknown = Okänd status
    .description = Statuskoden är inte en giltig HTTP-statuskod; giltiga koder är tresiffriga tal från 100 till 599.
    .advice = Något oväntat inträffade. Försök igen senare.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Information
    .description = Ett preliminärt svar: servern har tagit emot begäran och arbetar fortfarande med den. Det slutliga svaret kommer senare.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Lyckades
    .description = Servern har tagit emot, förstått och accepterat begäran.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Omdirigering
    .description = Klienten måste vidta ytterligare en åtgärd för att slutföra begäran, oftast genom att följa en länk till en annan adress.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Klientfel
    .description = Begäran innehåller ett fel eller kan inte utföras i befintlig form; klienten bör inte upprepa den oförändrad.
    .advice = Kontrollera adressen och det du har angett och försök sedan igen.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Serverfel
    .description = Servern kunde inte utföra en begäran som verkar vara giltig.
    .advice = Problemet ligger hos oss. Försök igen om några minuter.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Fortsätt
    .description = Servern har tagit emot huvudena i begäran och klienten kan fortsätta att skicka begärans brödtext.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Byter protokoll
    .description = Servern går med på klientens Upgrade-begäran och byter till det protokoll som anges i svaret, till exempel WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Bearbetar
    .description = WebDAV: servern har accepterat begäran och bearbetar den fortfarande, så att klienten inte ska avbryta på grund av att tidsgränsen överskrids.
# 103 Early Hints, RFC 8297.
http-103 = Tidiga ledtrådar
    .description = Skickas före det slutliga svaret så att klienten kan börja förinläsa de resurser som anges i Link-huvudena.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Återupptagning av uppladdning stöds
    .description = Servern har stöd för uppladdningar som kan återupptas och talar om för klienten var en avbruten uppladdning kan fortsätta. Koden är bara tillfälligt registrerad.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Begäran lyckades. Vad svaret innehåller beror på begärandemetoden.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Skapad
    .description = Begäran lyckades och skapade en eller flera nya resurser, som oftast anges i Location-huvudet.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Accepterad
    .description = Begäran har accepterats för bearbetning, men bearbetningen är inte klar och kan fortfarande misslyckas.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Icke-auktoritativ information
    .description = Begäran lyckades, men en omvandlande proxy har ändrat innehållet som ursprungsservern skickade.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Inget innehåll
    .description = Begäran lyckades och det finns inget innehåll att skicka i svarets brödtext.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Återställ innehåll
    .description = Begäran lyckades och klienten bör återställa formuläret eller vyn som skickade den, till exempel för att möjliggöra ny inmatning.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Delvis innehåll
    .description = Servern skickar bara de delar av resursen som klienten bad om med ett Range-huvud.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Flerstatus
    .description = WebDAV: brödtexten är ett XML-dokument med en separat status för var och en av flera resurser.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Redan rapporterad
    .description = WebDAV: medlemmarna i den här samlingen har redan listats tidigare i samma svar och upprepas inte.
# 226 IM Used, RFC 3229.
http-226 = IM tillämpad
    .description = Servern utförde en GET-begäran med deltakodning: svaret är resultatet av instansmanipuleringar som tillämpats på den aktuella resursen.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Flera val
    .description = Resursen finns i flera representationer och klienten, eller användaren, kan välja en av dem.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Permanent flyttad
    .description = Resursen har en ny permanent adress, som anges i Location-huvudet; länkar bör uppdateras till den.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Hittades
    .description = Resursen finns tillfälligt på en annan adress, som anges i Location-huvudet. Klienter gör ofta om en POST till en GET när de följer omdirigeringen.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Se annan
    .description = Klienten bör hämta en annan resurs, som anges i Location-huvudet, med en GET-begäran, till exempel en resultatsida efter att ett formulär har skickats.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Inte ändrad
    .description = En villkorlig GET- eller HEAD-begäran visade att resursen är oförändrad, så klienten kan använda sin kopia i cachen.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Använd proxy
    .description = Föråldrad: bad tidigare klienten att upprepa begäran via en proxy. Av säkerhetsskäl följer klienter den inte längre.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Byt proxy (används inte)
    .description = Reserverad: koden användes i ett tidigt utkast till HTTP och används inte längre.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Tillfällig omdirigering
    .description = Resursen finns tillfälligt på en annan adress, och klienten måste upprepa begäran där med samma metod och brödtext.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Permanent omdirigering
    .description = Resursen har en ny permanent adress, och klienten måste upprepa begäran där med samma metod och brödtext.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Felaktig begäran
    .description = Servern kan inte bearbeta begäran på grund av ett klientfel, till exempel felaktig syntax eller en ogiltig meddelandestruktur.
    .advice = Kontrollera adressen eller formuläret som du skickade och försök sedan igen.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Obehörig
    .description = Begäran saknar giltiga autentiseringsuppgifter; WWW-Authenticate-huvudet anger hur klienten ska autentisera sig.
    .advice = Logga in och försök sedan igen.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Betalning krävs
    .description = Reserverad för framtida bruk. Vissa tjänster skickar koden när en betalning eller en prenumeration krävs.
    .advice = Det här innehållet kan kräva en betalning eller en prenumeration.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Förbjuden
    .description = Servern förstod begäran men vägrar att utföra den; att logga in igen ändrar inte på det.
    .advice = Du har inte behörighet att visa den här sidan.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Hittades inte
    .description = Servern hittade ingenting på den här adressen och kan inte säga om det någonsin kommer att finnas något där.
    .advice = Kontrollera att adressen är rätt stavad, eller gå tillbaka till startsidan.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Metoden tillåts inte
    .description = Resursen har inte stöd för begärandemetoden; Allow-huvudet listar de metoder som den har stöd för.
    .advice = Den här åtgärden är inte tillgänglig här. Gå tillbaka och försök på ett annat sätt.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Inte godtagbar
    .description = Servern har ingen representation av resursen som matchar begärans Accept-huvuden.
    .advice = Sidan finns inte i något format eller språk som din webbläsare accepterar.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Proxyautentisering krävs
    .description = Som 401, men klienten måste först autentisera sig mot en proxy, så som Proxy-Authenticate-huvudet beskriver.
    .advice = Logga in på nätverkets proxy och försök sedan igen.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Tidsgränsen för begäran överskreds
    .description = Servern fick inte en fullständig begäran inom den tid den var beredd att vänta och stängde anslutningen.
    .advice = Anslutningen tog för lång tid. Försök igen.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflikt
    .description = Begäran står i konflikt med resursens aktuella tillstånd, till exempel en ändring som bygger på en inaktuell version.
    .advice = Någon kan ha ändrat innehållet samtidigt. Läs in sidan igen och försök på nytt.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Borttagen
    .description = Resursen har tagits bort avsiktligt och kommer inte tillbaka; länkar till den bör tas bort.
    .advice = Sidan har tagits bort permanent.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Längd krävs
    .description = Servern nekar en begäran som har en brödtext men inget Content-Length-huvud.
    .advice = Webbläsaren skickade en ofullständig begäran. Försök igen.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Förhandsvillkoret uppfylldes inte
    .description = Ett villkor i begärans huvuden, till exempel If-Match eller If-Unmodified-Since, utvärderades som falskt på servern.
    .advice = Innehållet har ändrats sedan du läste in det. Läs in sidan igen och försök på nytt.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Innehållet är för stort
    .description = Begärans innehåll är större än servern vill eller kan bearbeta.
    .advice = Det du skickade är för stort. Försök med en mindre fil.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI:n är för lång
    .description = Begärans mål-URI är längre än servern är villig att tolka.
    .advice = Adressen är för lång. Kontrollera den eller börja om från startsidan.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Medietypen stöds inte
    .description = Servern har inte stöd för formatet på begärans innehåll, så som det anges i Content-Type eller Content-Encoding.
    .advice = Den här filtypen stöds inte här.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Intervallet kan inte uppfyllas
    .description = Inget av intervallen i begärans Range-huvud överlappar resursens nuvarande omfång.
    .advice = Den begärda delen av filen är inte tillgänglig. Försök ladda ned filen igen från början.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Förväntan uppfylldes inte
    .description = Servern kan inte uppfylla den förväntan som anges i begärans Expect-huvud.
    .advice = Webbläsaren skickade en begäran som den här servern inte kan hantera. Försök igen.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Jag är en tekanna (används inte)
    .description = Reserverad: ett aprilskämt från RFC 2324 som fått så stor spridning att koden inte kan användas till något annat.
    .advice = Servern avvisade begäran med en statuskod som är ett skämt.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Ta det lugnt
    .description = Inofficiell (Twitters tidiga API): klientens begäranden begränsas. Standardservrar använder i stället 429.
    .advice = För många begäranden på kort tid. Vänta en stund och försök sedan igen.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Felriktad begäran
    .description = Begäran nådde en server som inte är konfigurerad att svara för den här kombinationen av schema, värd och port, ofta via en återanvänd anslutning.
    .advice = Försök igen. Om problemet kvarstår startar du om webbläsaren.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Innehållet kan inte bearbetas
    .description = Begäran är korrekt utformad, men servern kan inte hantera innehållet, till exempel på grund av valideringsfel.
    .advice = En del av det du har angett är ogiltigt. Kontrollera det och försök igen.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Låst
    .description = WebDAV: resursen är låst, så den här metoden kan inte tillämpas på den.
    .advice = Innehållet är låst eftersom någon annan arbetar med det. Försök igen senare.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Beroende misslyckades
    .description = WebDAV: metoden kunde inte köras eftersom en annan åtgärd som den är beroende av misslyckades.
    .advice = Din begäran kunde inte slutföras eftersom ett relaterat steg misslyckades. Försök igen.
# 425 Too Early, RFC 8470.
http-425 = För tidigt
    .description = Servern vill inte bearbeta en begäran som kan komma att spelas upp igen, till exempel en som skickats som tidiga TLS-data (0-RTT).
    .advice = Försök igen om en liten stund.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Uppgradering krävs
    .description = Servern nekar begäran över det aktuella protokollet; Upgrade-huvudet anger vilket protokoll som ska användas i stället.
    .advice = Webbläsaren behöver ett nyare anslutningssätt. Uppdatera webbläsaren och försök sedan igen.
# 428 Precondition Required, RFC 6585.
http-428 = Förhandsvillkor krävs
    .description = Servern kräver att begäran är villkorlig, till exempel med If-Match, för att förhindra att ändringar går förlorade.
    .advice = Läs in sidan igen och försök på nytt.
# 429 Too Many Requests, RFC 6585.
http-429 = För många begäranden
    .description = Klienten har skickat för många begäranden under en viss tid; ett Retry-After-huvud kan ange hur länge den ska vänta.
    .advice = Du har skickat för många begäranden. Vänta en stund och försök sedan igen.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Huvudfälten i begäran är för stora
    .description = Servern nekar begäran eftersom ett enskilt huvudfält, eller alla tillsammans, är för stora.
    .advice = Det kan hjälpa att rensa webbplatsens cookies i webbläsaren. Försök sedan igen.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Inloggningen har gått ut
    .description = Inofficiell (Microsoft IIS): klientens session har gått ut och användaren måste logga in igen.
    .advice = Din session har gått ut. Logga in igen.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Inget svar
    .description = Inofficiell (nginx, endast internt): servern stängde anslutningen utan att skicka något svar. Koden syns i loggar, aldrig hos klienter.
    .advice = Servern stängde anslutningen utan att svara. Försök igen senare.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Försök igen med fler uppgifter
    .description = Inofficiell (Microsoft IIS): begäran saknade uppgifter och bör göras om när klienten har lagt till dem.
    .advice = Vissa uppgifter saknas. Försök igen.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Blockerad av Föräldrakontroll i Windows
    .description = Inofficiell (Microsoft): Föräldrakontroll i Windows blockerade åtkomsten till den begärda sidan.
    .advice = Föräldrakontrollen på den här datorn har blockerat sidan.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Inte tillgänglig av juridiska skäl
    .description = Servern nekar åtkomst till resursen på grund av ett rättsligt krav, till exempel ett domstolsbeslut.
    .advice = Det här innehållet är inte tillgängligt för dig av juridiska skäl.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Huvudet i begäran är för stort
    .description = Inofficiell (nginx): begäran eller en av dess huvudrader är för stor; en föregångare till 431.
    .advice = Det kan hjälpa att rensa webbplatsens cookies i webbläsaren. Försök sedan igen.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Fel i SSL-certifikatet
    .description = Inofficiell (nginx): klientcertifikatet som visades upp för TLS-klientautentisering är ogiltigt.
    .advice = Ditt säkerhetscertifikat godkändes inte. Kontakta webbplatsens administratör.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL-certifikat krävs
    .description = Inofficiell (nginx): servern kräver ett TLS-klientcertifikat och klienten visade inte upp något.
    .advice = Webbplatsen behöver ett säkerhetscertifikat från din enhet. Kontakta webbplatsens administratör.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP-begäran skickad till HTTPS-port
    .description = Inofficiell (nginx): en okrypterad HTTP-begäran kom in på en port som förväntar sig HTTPS.
    .advice = Använd en adress som börjar med https:// och försök igen.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Klienten avbröt begäran
    .description = Inofficiell (nginx-loggar): klienten stängde anslutningen innan servern hann skicka sitt svar.
    .advice = Begäran avbröts innan den blev klar. Försök igen.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Internt serverfel
    .description = Servern stötte på ett oväntat tillstånd som hindrade den från att utföra begäran.
    .advice = Något gick fel hos oss. Försök igen senare.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Inte implementerad
    .description = Servern har inte stöd för den funktion som krävs för att utföra begäran, till exempel en okänd begärandemetod.
    .advice = Den här funktionen finns inte på webbplatsen.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Felaktig gateway
    .description = En gateway eller proxy fick ett ogiltigt svar från den bakomliggande server som den kontaktade.
    .advice = Webbplatsen har problem med att nå en av sina servrar. Försök igen om några minuter.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Tjänsten är inte tillgänglig
    .description = Servern kan inte hantera begäran just nu på grund av överbelastning eller underhåll; ett Retry-After-huvud kan ange när det är lönt att försöka igen.
    .advice = Webbplatsen är tillfälligt inte tillgänglig. Försök igen senare.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Tidsgränsen för gatewayen överskreds
    .description = En gateway eller proxy fick inte svar i tid från den bakomliggande servern.
    .advice = Det tar för lång tid för webbplatsen att svara. Försök igen om några minuter.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = HTTP-versionen stöds inte
    .description = Servern har inte stöd för den huvudversion av HTTP som används i begäran.
    .advice = Webbläsaren använder ett anslutningssätt som den här servern inte har stöd för. Uppdatera webbläsaren och försök sedan igen.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Varianten förhandlar också
    .description = Transparent innehållsförhandling är felkonfigurerad på servern: den valda varianten är själv inställd på att förhandla.
    .advice = Webbplatsen är felkonfigurerad. Försök igen senare.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Otillräckligt lagringsutrymme
    .description = WebDAV: servern kan inte lagra det som behövs för att slutföra begäran.
    .advice = Servern har slut på lagringsutrymme. Försök igen senare.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Slinga upptäcktes
    .description = WebDAV: servern avbröt åtgärden eftersom den upptäckte en oändlig slinga, till exempel i bindningar med oändlig Depth.
    .advice = Servern hamnade i en slinga när din begäran hanterades. Försök igen senare.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Bandbreddsgränsen har överskridits
    .description = Inofficiell (Apache och cPanel hos webbhotell): webbplatsen har förbrukat den bandbredd som dess webbhotellsabonnemang tillåter.
    .advice = Webbplatsen har överskridit sin trafikkvot. Försök igen senare.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Inte utökad
    .description = Föråldrad: begäran uppfyllde inte tilläggspolicyn i HTTP:s ramverk för tillägg (RFC 2774), som i dag är klassat som historiskt.
    .advice = Servern kunde inte hantera begäran. Försök igen senare.
# 511 Network Authentication Required, RFC 6585.
http-511 = Nätverksautentisering krävs
    .description = Klienten måste autentisera sig för att få åtkomst till nätverket, oftast via inloggningssidan i en inloggningsportal.
    .advice = Logga in på nätverket som du är ansluten till, till exempel på dess inloggningssida för Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Webbservern returnerade ett okänt fel
    .description = Inofficiell (Cloudflare): ursprungsservern returnerade ett tomt, okänt eller oväntat svar.
    .advice = Webbplatsens server svarade på ett oväntat sätt. Försök igen om några minuter.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Webbservern är nere
    .description = Inofficiell (Cloudflare): ursprungsservern nekade anslutningen.
    .advice = Webbplatsens server går inte att nå just nu. Försök igen senare.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Tidsgränsen för anslutningen överskreds
    .description = Inofficiell (Cloudflare): tidsgränsen överskreds för TCP-anslutningen till ursprungsservern.
    .advice = Webbplatsens server tog för lång tid på sig att svara. Försök igen senare.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Ursprungsservern kan inte nås
    .description = Inofficiell (Cloudflare): Cloudflare kunde inte nå ursprungsservern, till exempel på grund av ett DNS- eller routningsproblem.
    .advice = Webbplatsens server går inte att nå just nu. Försök igen senare.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Tidsgränsen överskreds
    .description = Inofficiell (Cloudflare): anslutningen till ursprungsservern lyckades, men den skickade inte något HTTP-svar i tid.
    .advice = Webbplatsens server tog för lång tid på sig att svara. Försök igen senare.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL-handskakningen misslyckades
    .description = Inofficiell (Cloudflare): TLS-handskakningen mellan Cloudflare och ursprungsservern misslyckades.
    .advice = Det gick inte att upprätta en säker anslutning till webbplatsens server. Försök igen senare.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Ogiltigt SSL-certifikat
    .description = Inofficiell (Cloudflare): Cloudflare kunde inte validera ursprungsserverns TLS-certifikat.
    .advice = Webbplatsens säkerhetscertifikat kunde inte verifieras. Försök igen senare.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = DNS-fel hos ursprungsservern
    .description = Inofficiell (Cloudflare): skickas tillsammans med ett Cloudflare-fel 1xxx, oftast när ursprungsserverns DNS-namn inte kan slås upp.
    .advice = Webbplatsen går inte att nå just nu. Försök igen senare.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Tidsgränsen för läsning från nätverket överskreds
    .description = Inofficiell (konvention hos vissa proxyservrar): tidsgränsen överskreds när svaret lästes från den bakomliggande servern.
    .advice = Det tog för lång tid för webbplatsen att svara. Försök igen senare.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Tidsgränsen för nätverksanslutningen överskreds
    .description = Inofficiell (konvention hos vissa proxyservrar): tidsgränsen överskreds vid anslutningen till den bakomliggande servern.
    .advice = Webbplatsen kunde inte nås i tid. Försök igen senare.
