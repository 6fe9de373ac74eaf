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
http-unknown = Stare necunoscută
    .description = Codul nu este un cod de stare HTTP valid; codurile valide sunt numere de trei cifre între 100 și 599.
    .advice = S-a produs o problemă neașteptată. Încercați din nou mai târziu.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informativ
    .description = Răspuns intermediar: serverul a primit cererea și încă o procesează. Răspunsul final va urma.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Succes
    .description = Serverul a primit, a înțeles și a acceptat cererea.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Redirecționare
    .description = Pentru a finaliza cererea, clientul trebuie să mai efectueze o acțiune, de obicei să urmeze un link către o altă adresă.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Eroare de client
    .description = Cererea conține o eroare sau nu poate fi îndeplinită în forma trimisă; clientul nu ar trebui să o repete nemodificată.
    .advice = Verificați adresa și datele introduse, apoi încercați din nou.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Eroare de server
    .description = Serverul nu a reușit să îndeplinească o cerere care pare validă.
    .advice = Problema este la noi. Încercați din nou peste câteva minute.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Continuați
    .description = Serverul a primit antetele cererii, iar clientul poate continua cu trimiterea corpului cererii.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Schimbare de protocol
    .description = Serverul acceptă cererea de Upgrade a clientului și trece la protocolul indicat în răspuns, de exemplu WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = În curs de procesare
    .description = WebDAV: serverul a acceptat cererea și încă o procesează, așa că clientul nu ar trebui să considere că timpul de așteptare a expirat.
# 103 Early Hints, RFC 8297.
http-103 = Indicii timpurii
    .description = Se trimite înaintea răspunsului final, pentru ca clientul să poată începe preîncărcarea resurselor indicate în antetele Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Reluarea încărcării este acceptată
    .description = Serverul acceptă încărcări care pot fi reluate și îi comunică clientului de unde poate relua o încărcare întreruptă. Acest cod este înregistrat doar temporar.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Cererea a reușit. Conținutul răspunsului depinde de metoda cererii.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Creat
    .description = Cererea a reușit și a creat una sau mai multe resurse noi, identificate de obicei prin antetul Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Acceptat
    .description = Cererea a fost acceptată spre procesare, dar procesarea nu s-a încheiat și încă poate eșua.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Informații neautoritative
    .description = Cererea a reușit, dar un proxy de transformare a modificat conținutul trimis de serverul de origine.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Fără conținut
    .description = Cererea a reușit și nu există conținut de trimis în corpul răspunsului.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Resetați conținutul
    .description = Cererea a reușit, iar clientul ar trebui să reseteze formularul sau vizualizarea din care a trimis-o, de exemplu pentru a permite o nouă introducere de date.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Conținut parțial
    .description = Serverul trimite doar părțile resursei pe care clientul le-a solicitat printr-un antet Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Stări multiple
    .description = WebDAV: corpul este un document XML cu o stare separată pentru fiecare dintre resursele vizate.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Deja raportat
    .description = WebDAV: membrii acestei colecții au fost deja enumerați mai devreme în același răspuns și nu se mai repetă.
# 226 IM Used, RFC 3229.
http-226 = IM utilizat
    .description = Serverul a îndeplinit o cerere GET prin codificare delta: răspunsul este rezultatul unor manipulări de instanță aplicate resursei curente.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Opțiuni multiple
    .description = Resursa este disponibilă în mai multe reprezentări, iar clientul sau utilizatorul poate alege una dintre ele.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Mutat permanent
    .description = Resursa are o nouă adresă permanentă, indicată în antetul Location; linkurile ar trebui actualizate în consecință.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Găsit
    .description = Resursa se află temporar la o altă adresă, indicată în antetul Location. Când urmează această redirecționare, clienții transformă adesea un POST în GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Vedeți altă resursă
    .description = Clientul ar trebui să obțină o altă resursă, indicată în antetul Location, printr-o cerere GET, de exemplu o pagină de rezultat după trimiterea unui formular.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Nemodificat
    .description = O cerere GET sau HEAD condiționată a constatat că resursa nu s-a schimbat, așa că clientul poate folosi copia din cache.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Folosiți proxy-ul
    .description = Depreciat: cerea odinioară clientului să repete cererea printr-un proxy. Din motive de securitate, clienții nu îl mai respectă.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Comutare proxy (neutilizat)
    .description = Rezervat: acest cod a fost folosit într-o versiune preliminară mai veche a HTTP și nu mai este utilizat.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Redirecționare temporară
    .description = Resursa se află temporar la o altă adresă, iar clientul trebuie să repete cererea acolo cu aceeași metodă și același corp.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Redirecționare permanentă
    .description = Resursa are o nouă adresă permanentă, iar clientul trebuie să repete cererea acolo cu aceeași metodă și același corp.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Cerere incorectă
    .description = Serverul nu poate procesa cererea din cauza unei erori a clientului, cum ar fi o sintaxă greșită sau o delimitare nevalidă a mesajului.
    .advice = Verificați adresa sau formularul trimis, apoi încercați din nou.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Neautorizat
    .description = Cererea nu conține date de autentificare valide; antetul WWW-Authenticate indică modul de autentificare.
    .advice = Autentificați-vă, apoi încercați din nou.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Plată necesară
    .description = Rezervat pentru utilizări viitoare. Unele servicii îl trimit atunci când este nevoie de o plată sau de un abonament.
    .advice = Este posibil ca acest conținut să necesite o plată sau un abonament.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Interzis
    .description = Serverul a înțeles cererea, dar refuză să o îndeplinească; o nouă autentificare nu va schimba acest lucru.
    .advice = Nu aveți permisiunea de a vizualiza această pagină.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Nu a fost găsit
    .description = Serverul nu a găsit nimic la această adresă și nu poate spune dacă va exista ceva vreodată.
    .advice = Verificați dacă adresa conține greșeli de scriere sau reveniți la pagina principală.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Metodă nepermisă
    .description = Resursa nu acceptă metoda cererii; antetul Allow enumeră metodele pe care le acceptă.
    .advice = Această acțiune nu este disponibilă aici. Reveniți și încercați în alt mod.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Neacceptabil
    .description = Serverul nu are nicio reprezentare a resursei care să corespundă antetelor Accept ale cererii.
    .advice = Această pagină nu este disponibilă într-un format sau într-o limbă acceptată de browserul dumneavoastră.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Autentificare proxy necesară
    .description = Similar cu 401, dar clientul trebuie mai întâi să se autentifice la un proxy, așa cum descrie antetul Proxy-Authenticate.
    .advice = Autentificați-vă la proxy-ul rețelei dumneavoastră, apoi încercați din nou.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Timp de așteptare expirat pentru cerere
    .description = Serverul nu a primit o cerere completă în intervalul de timp în care era dispus să aștepte și a închis conexiunea.
    .advice = Conexiunea a durat prea mult. Încercați din nou.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Conflict
    .description = Cererea intră în conflict cu starea curentă a resursei, de exemplu o modificare bazată pe o versiune depășită.
    .advice = Este posibil ca altcineva să fi modificat acest conținut în același timp. Reîncărcați pagina și încercați din nou.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Nu mai există
    .description = Resursa a fost eliminată intenționat și nu va mai fi disponibilă; linkurile către ea ar trebui șterse.
    .advice = Această pagină a fost eliminată definitiv.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Lungime necesară
    .description = Serverul refuză o cerere care are corp, dar nu are antetul Content-Length.
    .advice = Browserul dumneavoastră a trimis o cerere incompletă. Încercați din nou.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Precondiție neîndeplinită
    .description = O condiție din antetele cererii, cum ar fi If-Match sau If-Unmodified-Since, a fost evaluată ca falsă pe server.
    .advice = Conținutul s-a schimbat de când l-ați încărcat. Reîncărcați pagina și încercați din nou.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Conținut prea mare
    .description = Conținutul cererii depășește dimensiunea pe care serverul este dispus sau capabil să o proceseze.
    .advice = Ceea ce ați trimis este prea mare. Încercați cu un fișier mai mic.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI prea lung
    .description = URI-ul țintă al cererii este mai lung decât este dispus serverul să interpreteze.
    .advice = Adresa este prea lungă. Verificați-o sau porniți din nou de la pagina principală.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Tip media neacceptat
    .description = Serverul nu acceptă formatul conținutului cererii, așa cum este indicat de Content-Type sau Content-Encoding.
    .advice = Acest tip de fișier nu este acceptat aici.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Interval imposibil de satisfăcut
    .description = Niciunul dintre intervalele din antetul Range al cererii nu se suprapune cu întinderea actuală a resursei.
    .advice = Partea solicitată din fișier nu este disponibilă. Încercați să îl descărcați din nou de la început.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Așteptare neîndeplinită
    .description = Serverul nu poate satisface așteptarea exprimată în antetul Expect al cererii.
    .advice = Browserul dumneavoastră a trimis o cerere pe care acest server nu o poate gestiona. Încercați din nou.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Sunt un ceainic (neutilizat)
    .description = Rezervat: o păcăleală de 1 aprilie din RFC 2324, implementată atât de larg încât codul nu mai poate fi folosit în alt scop.
    .advice = Serverul a refuzat această cerere cu un cod de stare umoristic.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Calmați-vă
    .description = Neoficial (vechiul API Twitter): clientului i se aplică o limitare a ratei de cereri. Serverele standard folosesc în schimb 429.
    .advice = Prea multe cereri într-un timp scurt. Așteptați puțin, apoi încercați din nou.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Cerere direcționată greșit
    .description = Cererea a ajuns la un server care nu este configurat să răspundă pentru această schemă și această autoritate, adesea din cauza unei conexiuni reutilizate.
    .advice = Încercați din nou. Dacă problema persistă, reporniți browserul.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Conținut imposibil de procesat
    .description = Cererea este corect formată, dar serverul nu poate da curs conținutului ei, de exemplu din cauza unor erori de validare.
    .advice = Unele dintre datele introduse nu sunt valide. Verificați-le și încercați din nou.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Blocat
    .description = WebDAV: resursa este blocată, așa că această metodă nu i se poate aplica.
    .advice = Acest conținut este blocat deoarece altcineva lucrează la el. Încercați din nou mai târziu.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Dependență nesatisfăcută
    .description = WebDAV: metoda nu a putut fi executată deoarece a eșuat o altă acțiune de care depinde.
    .advice = Cererea dumneavoastră nu a putut fi finalizată deoarece un pas asociat a eșuat. Încercați din nou.
# 425 Too Early, RFC 8470.
http-425 = Prea devreme
    .description = Serverul nu este dispus să proceseze o cerere care ar putea fi retransmisă, de exemplu una trimisă ca date timpurii TLS.
    .advice = Încercați din nou peste câteva momente.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Actualizare de protocol necesară
    .description = Serverul refuză cererea prin protocolul curent; antetul Upgrade indică protocolul la care trebuie trecut.
    .advice = Browserul dumneavoastră are nevoie de o metodă de conexiune mai nouă. Actualizați browserul, apoi încercați din nou.
# 428 Precondition Required, RFC 6585.
http-428 = Precondiție necesară
    .description = Serverul cere ca cererea să fie condiționată, de exemplu prin If-Match, pentru a preveni pierderea actualizărilor.
    .advice = Reîncărcați pagina și încercați din nou.
# 429 Too Many Requests, RFC 6585.
http-429 = Prea multe cereri
    .description = Clientul a trimis prea multe cereri într-un interval de timp dat; un antet Retry-After poate indica cât trebuie așteptat.
    .advice = Ați trimis prea multe cereri. Așteptați puțin, apoi încercați din nou.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Câmpurile de antet ale cererii sunt prea mari
    .description = Serverul refuză cererea deoarece un câmp de antet, sau toate câmpurile luate împreună, sunt prea mari.
    .advice = Ștergerea cookie-urilor acestui site din browser ar putea ajuta. Apoi încercați din nou.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Sesiune expirată
    .description = Neoficial (Microsoft IIS): sesiunea clientului a expirat, iar utilizatorul trebuie să se autentifice din nou.
    .advice = Sesiunea dumneavoastră a expirat. Autentificați-vă din nou.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Niciun răspuns
    .description = Neoficial, folosit intern de nginx: serverul a închis conexiunea fără să trimită niciun răspuns. Apare doar în jurnale și nu ajunge niciodată la clienți.
    .advice = Serverul a închis conexiunea fără să răspundă. Încercați din nou mai târziu.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Reîncercați cu informații suplimentare
    .description = Neoficial (Microsoft IIS): cererii îi lipseau informații și ar trebui repetată după ce clientul le furnizează.
    .advice = Lipsesc unele informații. Încercați din nou.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Blocat de Controlul parental Windows
    .description = Neoficial (Microsoft): Controlul parental Windows a blocat accesul la pagina solicitată.
    .advice = Controlul parental de pe acest computer a blocat această pagină.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Indisponibil din motive legale
    .description = Serverul refuză accesul la resursă din cauza unei obligații legale, cum ar fi o hotărâre judecătorească.
    .advice = Din motive legale, acest conținut nu vă este accesibil.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Antetul cererii este prea mare
    .description = Neoficial (nginx): cererea sau una dintre liniile ei de antet este prea mare; predecesorul codului 431.
    .advice = Ștergerea cookie-urilor acestui site din browser ar putea ajuta. Apoi încercați din nou.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Eroare de certificat SSL
    .description = Neoficial (nginx): certificatul de client prezentat pentru autentificarea clientului prin TLS nu este valid.
    .advice = Certificatul dumneavoastră de securitate nu a fost acceptat. Contactați administratorul site-ului.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Certificat SSL necesar
    .description = Neoficial (nginx): serverul cere un certificat de client TLS, iar clientul nu a prezentat niciunul.
    .advice = Acest site are nevoie de un certificat de securitate de pe dispozitivul dumneavoastră. Contactați administratorul site-ului.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Cerere HTTP trimisă la portul HTTPS
    .description = Neoficial (nginx): o cerere HTTP necriptată a sosit pe un port care așteaptă HTTPS.
    .advice = Folosiți o adresă care începe cu https:// și încercați din nou.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Cerere anulată de client
    .description = Neoficial, folosit în jurnalele nginx: clientul a închis conexiunea înainte ca serverul să-și poată trimite răspunsul.
    .advice = Cererea a fost anulată înainte de a se finaliza. Încercați din nou.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Eroare internă de server
    .description = Serverul a întâmpinat o situație neprevăzută care l-a împiedicat să îndeplinească cererea.
    .advice = A apărut o problemă la noi. Încercați din nou mai târziu.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Neimplementat
    .description = Serverul nu acceptă funcționalitatea necesară pentru a îndeplini cererea, de exemplu o metodă de cerere necunoscută.
    .advice = Această funcție nu este disponibilă pe acest site.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Gateway nevalid
    .description = Un gateway sau un proxy a primit un răspuns nevalid de la serverul din amonte pe care l-a contactat.
    .advice = Site-ul are dificultăți în a comunica cu unul dintre serverele sale. Încercați din nou peste câteva minute.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Serviciu indisponibil
    .description = Serverul nu poate gestiona cererea în acest moment din cauza supraîncărcării sau a lucrărilor de întreținere; un antet Retry-After poate indica când să se încerce din nou.
    .advice = Site-ul este temporar indisponibil. Încercați din nou mai târziu.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Timp de așteptare expirat pentru gateway
    .description = Un gateway sau un proxy nu a primit la timp un răspuns de la serverul din amonte.
    .advice = Site-ul răspunde prea lent. Încercați din nou peste câteva minute.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Versiune HTTP neacceptată
    .description = Serverul nu acceptă versiunea majoră de HTTP folosită în cerere.
    .advice = Browserul dumneavoastră folosește o metodă de conexiune pe care acest server nu o acceptă. Actualizați browserul, apoi încercați din nou.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Și varianta negociază
    .description = Negocierea transparentă a conținutului este configurată greșit pe server: varianta aleasă este ea însăși configurată să negocieze.
    .advice = Site-ul este configurat greșit. Încercați din nou mai târziu.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Spațiu de stocare insuficient
    .description = WebDAV: serverul nu poate stoca datele necesare pentru a finaliza cererea.
    .advice = Serverul a rămas fără spațiu de stocare. Încercați din nou mai târziu.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Buclă detectată
    .description = WebDAV: serverul a oprit operația deoarece a detectat o buclă infinită, de exemplu în legături parcurse cu adâncimea (Depth) infinită.
    .advice = Serverul a intrat într-o buclă în timp ce vă procesa cererea. Încercați din nou mai târziu.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Limita de lățime de bandă a fost depășită
    .description = Neoficial, folosit de serviciile de găzduire Apache și cPanel: site-ul a consumat toată lățimea de bandă permisă de planul său de găzduire.
    .advice = Acest site și-a depășit limita de trafic. Încercați din nou mai târziu.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Neextins
    .description = Învechit: cererea nu a respectat politica impusă de cadrul de extensii HTTP, care are acum statut istoric.
    .advice = Serverul nu a putut gestiona această cerere. Încercați din nou mai târziu.
# 511 Network Authentication Required, RFC 6585.
http-511 = Autentificare în rețea necesară
    .description = Clientul trebuie să se autentifice pentru a obține acces la rețea, de obicei prin pagina de autentificare a unui portal captiv.
    .advice = Autentificați-vă în rețeaua pe care o folosiți, de exemplu pe pagina de autentificare Wi-Fi a acesteia.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Serverul web a returnat o eroare necunoscută
    .description = Neoficial (Cloudflare): serverul de origine a returnat un răspuns gol, necunoscut sau neașteptat.
    .advice = Serverul site-ului a răspuns în mod neașteptat. Încercați din nou peste câteva minute.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Serverul web nu funcționează
    .description = Neoficial (Cloudflare): serverul de origine a refuzat conexiunea.
    .advice = Serverul site-ului nu poate fi accesat momentan. Încercați din nou mai târziu.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Timp de așteptare expirat pentru conexiune
    .description = Neoficial (Cloudflare): a expirat timpul de așteptare pentru conexiunea TCP la serverul de origine.
    .advice = Serverul site-ului nu a răspuns la timp. Încercați din nou mai târziu.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Serverul de origine nu poate fi accesat
    .description = Neoficial (Cloudflare): Cloudflare nu a putut accesa serverul de origine, de exemplu din cauza unei probleme de DNS sau de rutare.
    .advice = Serverul site-ului nu poate fi accesat momentan. Încercați din nou mai târziu.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Timp de așteptare expirat
    .description = Neoficial (Cloudflare): conexiunea la serverul de origine a reușit, dar acesta nu a trimis la timp un răspuns HTTP.
    .advice = Serverul site-ului nu a răspuns la timp. Încercați din nou mai târziu.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Negocierea SSL a eșuat
    .description = Neoficial (Cloudflare): negocierea TLS dintre Cloudflare și serverul de origine a eșuat.
    .advice = Nu s-a putut stabili o conexiune securizată cu serverul site-ului. Încercați din nou mai târziu.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Certificat SSL nevalid
    .description = Neoficial (Cloudflare): Cloudflare nu a putut valida certificatul TLS al serverului de origine.
    .advice = Certificatul de securitate al site-ului nu a putut fi verificat. Încercați din nou mai târziu.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Eroare DNS la serverul de origine
    .description = Neoficial (Cloudflare): se trimite împreună cu o eroare Cloudflare 1xxx, cel mai adesea când numele DNS al serverului de origine nu poate fi rezolvat.
    .advice = Site-ul nu poate fi accesat momentan. Încercați din nou mai târziu.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Timp de așteptare expirat la citirea din rețea
    .description = Neoficial, convenție a unor proxy-uri: a expirat timpul de așteptare pentru citirea răspunsului de la serverul din amonte.
    .advice = Site-ul nu a răspuns la timp. Încercați din nou mai târziu.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Timp de așteptare expirat la conectarea la rețea
    .description = Neoficial, convenție a unor proxy-uri: a expirat timpul de așteptare pentru conectarea la serverul din amonte.
    .advice = Site-ul nu a putut fi accesat la timp. Încercați din nou mai târziu.
