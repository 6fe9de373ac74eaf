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
http-unknown = Stato sconosciuto
    .description = Il codice non è un codice di stato HTTP valido: i codici validi sono numeri di tre cifre compresi tra 100 e 599.
    .advice = Si è verificato un problema imprevisto. Riprova più tardi.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informazione
    .description = Risposta provvisoria: il server ha ricevuto la richiesta e la sta ancora elaborando. La risposta definitiva arriverà in seguito.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Successo
    .description = Il server ha ricevuto, compreso e accettato la richiesta.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Reindirizzamento
    .description = Per completare la richiesta il client deve compiere un'ulteriore azione, di solito seguire un collegamento verso un altro indirizzo.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Errore del client
    .description = La richiesta contiene un errore o non può essere soddisfatta così com'è; il client non dovrebbe ripeterla senza modificarla.
    .advice = Controlla l'indirizzo e i dati inseriti, poi riprova.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Errore del server
    .description = Il server non è riuscito a soddisfare una richiesta apparentemente valida.
    .advice = Il problema dipende da noi. Riprova tra qualche minuto.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Continua
    .description = Il server ha ricevuto le intestazioni della richiesta e il client può proseguire con l'invio del corpo della richiesta.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Cambio di protocollo
    .description = Il server accoglie la richiesta Upgrade del client e passa al protocollo indicato nella risposta, ad esempio WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Elaborazione in corso
    .description = WebDAV: il server ha accettato la richiesta e la sta ancora elaborando, quindi il client non deve considerare scaduto il tempo di attesa.
# 103 Early Hints, RFC 8297.
http-103 = Suggerimenti anticipati
    .description = Viene inviato prima della risposta definitiva affinché il client possa iniziare a precaricare le risorse indicate nelle intestazioni Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Ripresa del caricamento supportata
    .description = Il server supporta i caricamenti riprendibili e indica al client da dove riprendere un caricamento interrotto. Questo codice è registrato solo in via provvisoria.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = La richiesta è riuscita. Il contenuto della risposta dipende dal metodo della richiesta.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Creato
    .description = La richiesta è riuscita e ha creato una o più nuove risorse, di solito identificate dall'intestazione Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Accettato
    .description = La richiesta è stata accettata per l'elaborazione, ma l'elaborazione non è terminata e potrebbe ancora non riuscire.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Informazioni non autorevoli
    .description = La richiesta è riuscita, ma un proxy di trasformazione ha modificato il contenuto inviato dal server di origine.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Nessun contenuto
    .description = La richiesta è riuscita e non c'è alcun contenuto da inviare nel corpo della risposta.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Reimposta contenuto
    .description = La richiesta è riuscita e il client deve reimpostare il modulo o la vista da cui è partita, ad esempio per consentire un nuovo inserimento.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Contenuto parziale
    .description = Il server invia solo le parti della risorsa che il client ha chiesto con un'intestazione Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Stati multipli
    .description = WebDAV: il corpo è un documento XML che riporta uno stato distinto per ciascuna delle risorse coinvolte.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Già segnalato
    .description = WebDAV: i membri di questa raccolta sono già stati elencati in precedenza nella stessa risposta e non vengono ripetuti.
# 226 IM Used, RFC 3229.
http-226 = IM utilizzato
    .description = Il server ha soddisfatto una richiesta GET con codifica delta: la risposta è il risultato di manipolazioni di istanza applicate alla risorsa attuale.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Scelte multiple
    .description = La risorsa è disponibile in più rappresentazioni e il client, o l'utente, può sceglierne una.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Spostato in modo permanente
    .description = La risorsa ha un nuovo indirizzo permanente, indicato nell'intestazione Location; i collegamenti vanno aggiornati di conseguenza.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Trovato
    .description = La risorsa si trova temporaneamente a un altro indirizzo, indicato nell'intestazione Location. Nel seguire il reindirizzamento, i client spesso trasformano un POST in GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Vedi altro
    .description = Il client deve recuperare un'altra risorsa, indicata nell'intestazione Location, con una richiesta GET, ad esempio una pagina di risultato dopo l'invio di un modulo.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Non modificato
    .description = Una richiesta GET o HEAD condizionale ha rilevato che la risorsa non è cambiata, quindi il client può usare la propria copia nella cache.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Usa il proxy
    .description = Deprecato: un tempo chiedeva al client di ripetere la richiesta tramite un proxy. Per motivi di sicurezza i client non lo seguono più.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Cambio di proxy (inutilizzato)
    .description = Riservato: questo codice compariva in una bozza precedente di HTTP e non è più in uso.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Reindirizzamento temporaneo
    .description = La risorsa si trova temporaneamente a un altro indirizzo e il client deve ripetere la richiesta a quell'indirizzo con lo stesso metodo e lo stesso corpo.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Reindirizzamento permanente
    .description = La risorsa ha un nuovo indirizzo permanente e il client deve ripetere la richiesta a quell'indirizzo con lo stesso metodo e lo stesso corpo.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Richiesta non valida
    .description = Il server non può elaborare la richiesta a causa di un errore del client, ad esempio una sintassi non corretta o una delimitazione del messaggio non valida.
    .advice = Controlla l'indirizzo o il modulo che hai inviato, poi riprova.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Non autorizzato
    .description = La richiesta non contiene credenziali di autenticazione valide; l'intestazione WWW-Authenticate indica come autenticarsi.
    .advice = Accedi, poi riprova.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Pagamento necessario
    .description = Riservato per usi futuri. Alcuni servizi lo inviano quando è necessario un pagamento o un abbonamento.
    .advice = Per questo contenuto potrebbe essere necessario un pagamento o un abbonamento.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Accesso vietato
    .description = Il server ha compreso la richiesta ma si rifiuta di soddisfarla; accedere di nuovo non cambierà la situazione.
    .advice = Non hai l'autorizzazione per visualizzare questa pagina.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Non trovato
    .description = Il server non ha trovato nulla a questo indirizzo e non può dire se in futuro ci sarà qualcosa.
    .advice = Controlla che l'indirizzo non contenga errori di battitura, oppure torna alla pagina iniziale.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Metodo non consentito
    .description = La risorsa non supporta il metodo della richiesta; l'intestazione Allow elenca i metodi supportati.
    .advice = Questa operazione non è disponibile qui. Torna indietro e prova in un altro modo.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Non accettabile
    .description = Il server non dispone di alcuna rappresentazione della risorsa che corrisponda alle intestazioni Accept della richiesta.
    .advice = Questa pagina non è disponibile in un formato o in una lingua accettati dal tuo browser.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Autenticazione proxy necessaria
    .description = Come 401, ma il client deve prima autenticarsi presso un proxy, secondo quanto indicato dall'intestazione Proxy-Authenticate.
    .advice = Accedi al proxy della tua rete, poi riprova.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Tempo di attesa della richiesta scaduto
    .description = Il server non ha ricevuto una richiesta completa entro il tempo che era disposto ad attendere e ha chiuso la connessione.
    .advice = La connessione ha richiesto troppo tempo. Riprova.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Conflitto
    .description = La richiesta è in conflitto con lo stato attuale della risorsa, ad esempio una modifica basata su una versione non aggiornata.
    .advice = Qualcun altro potrebbe aver modificato questo contenuto nello stesso momento. Ricarica la pagina e riprova.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Non più disponibile
    .description = La risorsa è stata rimossa intenzionalmente e non tornerà disponibile; i collegamenti che vi puntano vanno eliminati.
    .advice = Questa pagina è stata rimossa definitivamente.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Lunghezza necessaria
    .description = Il server rifiuta una richiesta che ha un corpo ma non ha l'intestazione Content-Length.
    .advice = Il tuo browser ha inviato una richiesta incompleta. Riprova.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Precondizione non soddisfatta
    .description = Una condizione nelle intestazioni della richiesta, come If-Match o If-Unmodified-Since, è risultata falsa sul server.
    .advice = Il contenuto è cambiato dopo che lo hai caricato. Ricarica la pagina e riprova.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Contenuto troppo grande
    .description = Il contenuto della richiesta supera le dimensioni che il server accetta o è in grado di elaborare.
    .advice = Quello che hai inviato è troppo grande. Prova con un file più piccolo.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI troppo lungo
    .description = L'URI di destinazione della richiesta è più lungo di quanto il server sia disposto a interpretare.
    .advice = L'indirizzo è troppo lungo. Controllalo oppure ricomincia dalla pagina iniziale.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Tipo di media non supportato
    .description = Il server non supporta il formato del contenuto della richiesta, indicato da Content-Type o Content-Encoding.
    .advice = Questo tipo di file non è supportato qui.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Intervallo non soddisfacibile
    .description = Nessuno degli intervalli indicati nell'intestazione Range della richiesta si sovrappone all'estensione attuale della risorsa.
    .advice = La parte richiesta del file non è disponibile. Prova a scaricarlo di nuovo dall'inizio.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Aspettativa non soddisfatta
    .description = Il server non è in grado di soddisfare l'aspettativa espressa nell'intestazione Expect della richiesta.
    .advice = Il tuo browser ha inviato una richiesta che questo server non è in grado di gestire. Riprova.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Sono una teiera (inutilizzato)
    .description = Riservato: nato come pesce d'aprile della RFC 2324, è stato implementato così diffusamente che il codice non può essere usato per altro.
    .advice = Il server ha rifiutato questa richiesta con un codice di stato scherzoso.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Con calma, per favore
    .description = Non ufficiale (prima API di Twitter): il client è soggetto a limitazione della frequenza delle richieste. I server standard usano invece 429.
    .advice = Troppe richieste in poco tempo. Attendi un momento, poi riprova.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Richiesta indirizzata erroneamente
    .description = La richiesta è arrivata a un server non configurato per gestire questo schema e questa autorità, spesso a causa di una connessione riutilizzata.
    .advice = Riprova. Se il problema persiste, riavvia il browser.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Contenuto non elaborabile
    .description = La richiesta è formalmente corretta, ma il server non può dare seguito al suo contenuto, ad esempio a causa di errori di convalida.
    .advice = Alcuni dati inseriti non sono validi. Controllali e riprova.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Bloccato
    .description = WebDAV: la risorsa è bloccata, quindi questo metodo non può esserle applicato.
    .advice = Questo contenuto è bloccato perché qualcun altro ci sta lavorando. Riprova più tardi.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Dipendenza non soddisfatta
    .description = WebDAV: non è stato possibile eseguire il metodo perché un'altra azione da cui dipende non è riuscita.
    .advice = Non è stato possibile completare la tua richiesta perché un passaggio collegato non è riuscito. Riprova.
# 425 Too Early, RFC 8470.
http-425 = Troppo presto
    .description = Il server non intende elaborare una richiesta che potrebbe essere riprodotta, ad esempio una inviata come dati anticipati TLS.
    .advice = Riprova tra un momento.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Aggiornamento necessario
    .description = Il server rifiuta la richiesta con il protocollo attuale; l'intestazione Upgrade indica il protocollo a cui passare.
    .advice = Il tuo browser deve usare un metodo di connessione più recente. Aggiorna il browser, poi riprova.
# 428 Precondition Required, RFC 6585.
http-428 = Precondizione necessaria
    .description = Il server esige che la richiesta sia condizionale, ad esempio con If-Match, per evitare la perdita di aggiornamenti.
    .advice = Ricarica la pagina e riprova.
# 429 Too Many Requests, RFC 6585.
http-429 = Troppe richieste
    .description = Il client ha inviato troppe richieste in un determinato intervallo di tempo; un'intestazione Retry-After può indicare quanto attendere.
    .advice = Hai inviato troppe richieste. Attendi un momento, poi riprova.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Campi di intestazione della richiesta troppo grandi
    .description = Il server rifiuta la richiesta perché un campo di intestazione, o l'insieme di tutti i campi, è troppo grande.
    .advice = Può essere utile cancellare i cookie di questo sito nel browser. Poi riprova.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Sessione scaduta
    .description = Non ufficiale (Microsoft IIS): la sessione del client è scaduta e l'utente deve accedere di nuovo.
    .advice = La tua sessione è scaduta. Accedi di nuovo.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Nessuna risposta
    .description = Non ufficiale, usato internamente da nginx: il server ha chiuso la connessione senza inviare alcuna risposta. Compare nei log e non viene mai inviato ai client.
    .advice = Il server ha chiuso la connessione senza rispondere. Riprova più tardi.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Riprova con informazioni aggiuntive
    .description = Non ufficiale (Microsoft IIS): alla richiesta mancavano delle informazioni, quindi va ripetuta dopo che il client le avrà fornite.
    .advice = Mancano alcune informazioni. Riprova.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Bloccato dal Controllo genitori di Windows
    .description = Non ufficiale (Microsoft): il Controllo genitori di Windows ha bloccato l'accesso alla pagina richiesta.
    .advice = Il controllo genitori di questo computer ha bloccato la pagina.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Non disponibile per motivi legali
    .description = Il server nega l'accesso alla risorsa a causa di un obbligo di legge, ad esempio un provvedimento dell'autorità giudiziaria.
    .advice = Per motivi legali, non puoi accedere a questo contenuto.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Intestazione della richiesta troppo grande
    .description = Non ufficiale (nginx): la richiesta, o una delle sue righe di intestazione, è troppo grande; è il predecessore del codice 431.
    .advice = Può essere utile cancellare i cookie di questo sito nel browser. Poi riprova.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Errore del certificato SSL
    .description = Non ufficiale (nginx): il certificato client presentato per l'autenticazione client TLS non è valido.
    .advice = Il tuo certificato di sicurezza non è stato accettato. Contatta l'amministratore del sito.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Certificato SSL necessario
    .description = Non ufficiale (nginx): il server richiede un certificato client TLS, ma il client non ne ha presentato nessuno.
    .advice = Questo sito richiede un certificato di sicurezza dal tuo dispositivo. Contatta l'amministratore del sito.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Richiesta HTTP inviata alla porta HTTPS
    .description = Non ufficiale (nginx): una richiesta HTTP non cifrata è arrivata su una porta che si aspetta HTTPS.
    .advice = Usa un indirizzo che inizia con https:// e riprova.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Richiesta annullata dal client
    .description = Non ufficiale, usato nei log di nginx: il client ha chiuso la connessione prima che il server potesse inviare la risposta.
    .advice = La richiesta è stata annullata prima di essere completata. Riprova.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Errore interno del server
    .description = Il server ha riscontrato una condizione imprevista che gli ha impedito di soddisfare la richiesta.
    .advice = Si è verificato un problema da parte nostra. Riprova più tardi.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Non implementato
    .description = Il server non supporta la funzionalità necessaria per soddisfare la richiesta, ad esempio un metodo di richiesta sconosciuto.
    .advice = Questa funzione non è disponibile su questo sito.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Gateway non valido
    .description = Un gateway o un proxy ha ricevuto una risposta non valida dal server a monte che ha contattato.
    .advice = Il sito ha difficoltà a raggiungere uno dei suoi server. Riprova tra qualche minuto.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Servizio non disponibile
    .description = Al momento il server non può gestire la richiesta per sovraccarico o manutenzione; un'intestazione Retry-After può indicare quando riprovare.
    .advice = Il sito è temporaneamente non disponibile. Riprova più tardi.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Tempo di attesa del gateway scaduto
    .description = Un gateway o un proxy non ha ricevuto in tempo una risposta dal server a monte.
    .advice = Il sito impiega troppo tempo a rispondere. Riprova tra qualche minuto.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Versione HTTP non supportata
    .description = Il server non supporta la versione principale di HTTP usata nella richiesta.
    .advice = Il tuo browser usa un metodo di connessione che questo server non supporta. Aggiorna il browser, poi riprova.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Anche la variante negozia
    .description = La negoziazione trasparente dei contenuti è configurata male sul server: la variante scelta è a sua volta configurata per negoziare.
    .advice = Il sito non è configurato correttamente. Riprova più tardi.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Spazio di archiviazione insufficiente
    .description = WebDAV: il server non riesce a memorizzare i dati necessari per completare la richiesta.
    .advice = Il server ha esaurito lo spazio di archiviazione. Riprova più tardi.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Ciclo rilevato
    .description = WebDAV: il server ha interrotto l'operazione perché ha rilevato un ciclo infinito, ad esempio in associazioni con profondità (Depth) infinita.
    .advice = Il server è entrato in un ciclo mentre elaborava la tua richiesta. Riprova più tardi.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Limite di banda superato
    .description = Non ufficiale, usato dagli hosting Apache e cPanel: il sito ha esaurito la banda consentita dal suo piano di hosting.
    .advice = Questo sito ha superato il traffico consentito. Riprova più tardi.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Non esteso
    .description = Obsoleto: la richiesta non soddisfaceva i criteri di estensione previsti dal sistema di estensioni di HTTP, ora classificato come storico.
    .advice = Il server non è riuscito a gestire questa richiesta. Riprova più tardi.
# 511 Network Authentication Required, RFC 6585.
http-511 = Autenticazione di rete necessaria
    .description = Il client deve autenticarsi per ottenere l'accesso alla rete, di solito tramite la pagina di accesso di un portale di autenticazione.
    .advice = Accedi alla rete che stai usando, ad esempio dalla sua pagina di accesso Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Il server web ha restituito un errore sconosciuto
    .description = Non ufficiale (Cloudflare): il server di origine ha restituito una risposta vuota, sconosciuta o imprevista.
    .advice = Il server del sito ha risposto in modo imprevisto. Riprova tra qualche minuto.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Il server web non è attivo
    .description = Non ufficiale (Cloudflare): il server di origine ha rifiutato la connessione.
    .advice = Al momento il server del sito non è raggiungibile. Riprova più tardi.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Tempo di attesa della connessione scaduto
    .description = Non ufficiale (Cloudflare): è scaduto il tempo di attesa della connessione TCP al server di origine.
    .advice = Il server del sito ha impiegato troppo tempo a rispondere. Riprova più tardi.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Server di origine non raggiungibile
    .description = Non ufficiale (Cloudflare): Cloudflare non è riuscito a raggiungere il server di origine, ad esempio a causa di un problema di DNS o di instradamento.
    .advice = Al momento il server del sito non è raggiungibile. Riprova più tardi.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Tempo di attesa scaduto
    .description = Non ufficiale (Cloudflare): la connessione al server di origine è riuscita, ma il server non ha inviato in tempo una risposta HTTP.
    .advice = Il server del sito ha impiegato troppo tempo a rispondere. Riprova più tardi.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Negoziazione SSL non riuscita
    .description = Non ufficiale (Cloudflare): la negoziazione TLS tra Cloudflare e il server di origine non è riuscita.
    .advice = Non è stato possibile stabilire una connessione sicura con il server del sito. Riprova più tardi.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Certificato SSL non valido
    .description = Non ufficiale (Cloudflare): Cloudflare non è riuscito a convalidare il certificato TLS del server di origine.
    .advice = Non è stato possibile verificare il certificato di sicurezza del sito. Riprova più tardi.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Errore DNS del server di origine
    .description = Non ufficiale (Cloudflare): viene inviato insieme a un errore Cloudflare 1xxx, per lo più quando il nome DNS del server di origine non può essere risolto.
    .advice = Al momento il sito non è raggiungibile. Riprova più tardi.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Tempo di attesa scaduto nella lettura dalla rete
    .description = Non ufficiale, convenzione di alcuni proxy: è scaduto il tempo di attesa per la lettura della risposta dal server a monte.
    .advice = Il sito ha impiegato troppo tempo a rispondere. Riprova più tardi.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Tempo di attesa scaduto nella connessione alla rete
    .description = Non ufficiale, convenzione di alcuni proxy: è scaduto il tempo di attesa per la connessione al server a monte.
    .advice = Non è stato possibile raggiungere il sito in tempo. Riprova più tardi.
