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
http-unknown = Unbekannter Status
    .description = Der Statuscode ist kein gültiger HTTP-Statuscode; gültig sind nur dreistellige Zahlen von 100 bis 599.
    .advice = Es ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Information
    .description = Eine vorläufige Antwort: Der Server hat die Anfrage erhalten und bearbeitet sie noch. Die endgültige Antwort folgt.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Erfolg
    .description = Der Server hat die Anfrage erhalten, verstanden und angenommen.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Weiterleitung
    .description = Der Client muss einen weiteren Schritt ausführen, um die Anfrage abzuschließen, meist indem er einem Verweis auf eine andere Adresse folgt.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Client-Fehler
    .description = Die Anfrage ist fehlerhaft oder kann in dieser Form nicht erfüllt werden; der Client sollte sie nicht unverändert wiederholen.
    .advice = Überprüfen Sie die Adresse und Ihre Eingaben und versuchen Sie es dann erneut.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Serverfehler
    .description = Der Server konnte eine offenbar gültige Anfrage nicht erfüllen.
    .advice = Das Problem liegt bei uns. Bitte versuchen Sie es in ein paar Minuten erneut.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Weiter
    .description = Der Server hat die Header der Anfrage erhalten, und der Client kann mit dem Senden des Anfragetexts fortfahren.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Protokollwechsel
    .description = Der Server kommt der Upgrade-Anfrage des Clients nach und wechselt zu dem in der Antwort genannten Protokoll, zum Beispiel zu WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Wird verarbeitet
    .description = WebDAV: Der Server hat die Anfrage angenommen und verarbeitet sie noch; der Client soll deshalb nicht wegen Zeitüberschreitung abbrechen.
# 103 Early Hints, RFC 8297.
http-103 = Frühe Hinweise
    .description = Wird vor der endgültigen Antwort gesendet, damit der Client schon die in den Link-Headern genannten Ressourcen vorab laden kann.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Fortsetzbares Hochladen unterstützt
    .description = Der Server unterstützt fortsetzbares Hochladen und teilt dem Client mit, wo er einen unterbrochenen Hochladevorgang fortsetzen kann. Dieser Code ist nur vorläufig registriert.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Die Anfrage war erfolgreich. Was die Antwort enthält, hängt von der Anfragemethode ab.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Erstellt
    .description = Die Anfrage war erfolgreich und hat eine oder mehrere neue Ressourcen erstellt, die meist im Location-Header angegeben sind.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Angenommen
    .description = Die Anfrage wurde zur Verarbeitung angenommen, die Verarbeitung ist aber noch nicht abgeschlossen und kann noch fehlschlagen.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Nicht autoritative Information
    .description = Die Anfrage war erfolgreich, aber ein umwandelnder Proxy hat den vom Ursprungsserver gesendeten Inhalt verändert.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Kein Inhalt
    .description = Die Anfrage war erfolgreich, und es gibt keinen Inhalt, der im Antworttext gesendet werden müsste.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Inhalt zurücksetzen
    .description = Die Anfrage war erfolgreich, und der Client soll das Formular oder die Ansicht, von der sie kam, zurücksetzen, etwa um eine neue Eingabe zu ermöglichen.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Teilinhalt
    .description = Der Server sendet nur die Teile der Ressource, die der Client mit einem Range-Header angefordert hat.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Mehrfachstatus
    .description = WebDAV: Der Antworttext ist ein XML-Dokument mit einem eigenen Status für jede von mehreren Ressourcen.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Bereits gemeldet
    .description = WebDAV: Die Mitglieder dieser Sammlung wurden weiter oben in derselben Antwort bereits aufgeführt und werden nicht wiederholt.
# 226 IM Used, RFC 3229.
http-226 = IM angewendet
    .description = Der Server hat eine GET-Anfrage mit Delta-Kodierung erfüllt: Die Antwort ist das Ergebnis von Instanzmanipulationen, die auf die aktuelle Ressource angewendet wurden.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Mehrere Auswahlmöglichkeiten
    .description = Die Ressource ist in mehreren Darstellungen verfügbar, und der Client oder der Benutzer kann eine davon auswählen.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Dauerhaft verschoben
    .description = Die Ressource hat eine neue, dauerhafte Adresse, die im Location-Header steht; Verweise sollten auf diese Adresse aktualisiert werden.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Gefunden
    .description = Die Ressource befindet sich vorübergehend unter einer anderen Adresse, die im Location-Header steht. Clients machen beim Folgen der Weiterleitung häufig aus einem POST ein GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Siehe andere Ressource
    .description = Der Client soll mit einer GET-Anfrage eine andere Ressource abrufen, die im Location-Header genannt ist, zum Beispiel eine Ergebnisseite nach dem Absenden eines Formulars.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Nicht geändert
    .description = Eine bedingte GET- oder HEAD-Anfrage hat ergeben, dass die Ressource unverändert ist; der Client kann also seine Kopie aus dem Cache verwenden.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Proxy verwenden
    .description = Veraltet: Forderte den Client früher auf, die Anfrage über einen Proxy zu wiederholen. Aus Sicherheitsgründen folgen Clients dem nicht mehr.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Proxy wechseln (nicht verwendet)
    .description = Reserviert: Dieser Code wurde in einem frühen Entwurf von HTTP verwendet und wird heute nicht mehr benutzt.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Vorübergehende Weiterleitung
    .description = Die Ressource befindet sich vorübergehend unter einer anderen Adresse, und der Client muss die Anfrage dort mit derselben Methode und demselben Anfragetext wiederholen.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Dauerhafte Weiterleitung
    .description = Die Ressource hat eine neue, dauerhafte Adresse, und der Client muss die Anfrage dort mit derselben Methode und demselben Anfragetext wiederholen.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Ungültige Anfrage
    .description = Der Server kann die Anfrage wegen eines Client-Fehlers nicht verarbeiten, etwa wegen fehlerhafter Syntax oder einer ungültigen Nachrichtenstruktur.
    .advice = Überprüfen Sie die Adresse oder das abgeschickte Formular und versuchen Sie es dann erneut.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Nicht autorisiert
    .description = Der Anfrage fehlen gültige Anmeldedaten für die Authentifizierung; der WWW-Authenticate-Header gibt an, wie sich der Client authentifizieren kann.
    .advice = Bitte melden Sie sich an und versuchen Sie es dann erneut.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Zahlung erforderlich
    .description = Für eine künftige Verwendung reserviert. Manche Dienste senden diesen Code, wenn eine Zahlung oder ein Abonnement nötig ist.
    .advice = Für diesen Inhalt ist möglicherweise eine Zahlung oder ein Abonnement erforderlich.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Verboten
    .description = Der Server hat die Anfrage verstanden, verweigert aber ihre Ausführung; eine erneute Anmeldung ändert daran nichts.
    .advice = Sie sind nicht berechtigt, diese Seite aufzurufen.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Nicht gefunden
    .description = Der Server hat unter dieser Adresse nichts gefunden und kann nicht sagen, ob sich das jemals ändert.
    .advice = Prüfen Sie die Adresse auf Tippfehler oder kehren Sie zur Startseite zurück.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Methode nicht erlaubt
    .description = Die Ressource unterstützt die Anfragemethode nicht; der Allow-Header listet die Methoden auf, die sie unterstützt.
    .advice = Diese Aktion ist hier nicht möglich. Gehen Sie zurück und versuchen Sie es auf anderem Weg.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Nicht akzeptabel
    .description = Der Server hat keine Darstellung der Ressource, die zu den Accept-Headern der Anfrage passt.
    .advice = Diese Seite ist in keinem Format und keiner Sprache verfügbar, die Ihr Browser akzeptiert.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Proxy-Authentifizierung erforderlich
    .description = Wie 401, jedoch muss sich der Client zuerst bei einem Proxy authentifizieren, wie im Proxy-Authenticate-Header beschrieben.
    .advice = Melden Sie sich beim Proxy Ihres Netzwerks an und versuchen Sie es dann erneut.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Zeitüberschreitung der Anfrage
    .description = Der Server hat innerhalb der Zeit, die er zu warten bereit war, keine vollständige Anfrage erhalten und die Verbindung geschlossen.
    .advice = Die Verbindung hat zu lange gedauert. Bitte versuchen Sie es erneut.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflikt
    .description = Die Anfrage steht im Widerspruch zum aktuellen Zustand der Ressource, zum Beispiel bei einer Änderung, die auf einer veralteten Version beruht.
    .advice = Möglicherweise hat jemand diesen Inhalt gleichzeitig geändert. Laden Sie die Seite neu und versuchen Sie es erneut.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Entfernt
    .description = Die Ressource wurde absichtlich entfernt und wird nicht wieder verfügbar sein; Verweise darauf sollten gelöscht werden.
    .advice = Diese Seite wurde dauerhaft entfernt.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Länge erforderlich
    .description = Der Server lehnt eine Anfrage ab, die einen Anfragetext, aber keinen Content-Length-Header hat.
    .advice = Ihr Browser hat eine unvollständige Anfrage gesendet. Bitte versuchen Sie es erneut.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Vorbedingung fehlgeschlagen
    .description = Eine Bedingung in den Anfrage-Headern, etwa If-Match oder If-Unmodified-Since, wurde auf dem Server als falsch ausgewertet.
    .advice = Der Inhalt hat sich geändert, seit Sie ihn geladen haben. Laden Sie die Seite neu und versuchen Sie es erneut.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Inhalt zu groß
    .description = Der Inhalt der Anfrage ist größer, als der Server verarbeiten will oder kann.
    .advice = Die gesendeten Daten sind zu groß. Versuchen Sie es mit einer kleineren Datei.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI zu lang
    .description = Der Ziel-URI der Anfrage ist länger, als der Server zu interpretieren bereit ist.
    .advice = Die Adresse ist zu lang. Überprüfen Sie sie oder beginnen Sie noch einmal auf der Startseite.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Nicht unterstützter Medientyp
    .description = Der Server unterstützt das Format des Anfrageinhalts nicht, wie es in Content-Type oder Content-Encoding angegeben ist.
    .advice = Dieser Dateityp wird hier nicht unterstützt.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Bereich nicht erfüllbar
    .description = Keiner der Bereiche im Range-Header der Anfrage überschneidet sich mit dem aktuellen Umfang der Ressource.
    .advice = Der angeforderte Teil der Datei ist nicht verfügbar. Laden Sie die Datei noch einmal von Anfang an herunter.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Erwartung fehlgeschlagen
    .description = Der Server kann die im Expect-Header der Anfrage angegebene Erwartung nicht erfüllen.
    .advice = Ihr Browser hat eine Anfrage gesendet, die dieser Server nicht verarbeiten kann. Bitte versuchen Sie es erneut.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Ich bin eine Teekanne (nicht verwendet)
    .description = Reserviert: Ein Aprilscherz aus RFC 2324, der so weit verbreitet ist, dass der Code für nichts anderes mehr verwendet werden kann.
    .advice = Der Server hat diese Anfrage mit einem scherzhaften Statuscode abgelehnt.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Immer mit der Ruhe
    .description = Inoffiziell (frühe API von Twitter): Die Anfragen des Clients werden gedrosselt. Standardkonforme Server verwenden stattdessen 429.
    .advice = Zu viele Anfragen in kurzer Zeit. Warten Sie einen Moment und versuchen Sie es dann erneut.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Fehlgeleitete Anfrage
    .description = Die Anfrage hat einen Server erreicht, der nicht dafür konfiguriert ist, Anfragen für diese Kombination aus Schema, Host und Port zu beantworten, oft über eine wiederverwendete Verbindung.
    .advice = Bitte versuchen Sie es erneut. Wenn das Problem weiterhin besteht, starten Sie Ihren Browser neu.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Nicht verarbeitbarer Inhalt
    .description = Die Anfrage ist formal korrekt, aber der Server kann ihren Inhalt nicht verarbeiten, zum Beispiel wegen Validierungsfehlern.
    .advice = Einige Ihrer Eingaben sind ungültig. Überprüfen Sie sie und versuchen Sie es erneut.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Gesperrt
    .description = WebDAV: Die Ressource ist gesperrt, daher kann diese Methode nicht auf sie angewendet werden.
    .advice = Dieser Inhalt ist gesperrt, weil gerade jemand anderes daran arbeitet. Versuchen Sie es später erneut.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Fehlgeschlagene Abhängigkeit
    .description = WebDAV: Die Methode konnte nicht ausgeführt werden, weil eine andere Aktion, von der sie abhängt, fehlgeschlagen ist.
    .advice = Ihre Anfrage konnte nicht abgeschlossen werden, weil ein damit verbundener Schritt fehlgeschlagen ist. Bitte versuchen Sie es erneut.
# 425 Too Early, RFC 8470.
http-425 = Zu früh
    .description = Der Server will keine Anfrage verarbeiten, die möglicherweise erneut eingespielt wird, etwa eine, die als frühe TLS-Daten (0-RTT) gesendet wurde.
    .advice = Bitte versuchen Sie es gleich noch einmal.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Upgrade erforderlich
    .description = Der Server lehnt die Anfrage über das aktuelle Protokoll ab; der Upgrade-Header nennt das Protokoll, zu dem gewechselt werden muss.
    .advice = Ihr Browser benötigt ein neueres Verbindungsverfahren. Aktualisieren Sie Ihren Browser und versuchen Sie es dann erneut.
# 428 Precondition Required, RFC 6585.
http-428 = Vorbedingung erforderlich
    .description = Der Server verlangt eine bedingte Anfrage, zum Beispiel mit If-Match, damit keine Änderungen verloren gehen.
    .advice = Laden Sie die Seite neu und versuchen Sie es erneut.
# 429 Too Many Requests, RFC 6585.
http-429 = Zu viele Anfragen
    .description = Der Client hat in einem bestimmten Zeitraum zu viele Anfragen gesendet; ein Retry-After-Header kann angeben, wie lange er warten soll.
    .advice = Sie haben zu viele Anfragen gesendet. Warten Sie einen Moment und versuchen Sie es dann erneut.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Header-Felder der Anfrage zu groß
    .description = Der Server lehnt die Anfrage ab, weil ein einzelnes Header-Feld oder alle zusammen zu groß sind.
    .advice = Es kann helfen, die Cookies dieser Website in Ihrem Browser zu löschen. Versuchen Sie es danach erneut.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Anmeldung abgelaufen
    .description = Inoffiziell (Microsoft IIS): Die Sitzung des Clients ist abgelaufen, und der Benutzer muss sich erneut anmelden.
    .advice = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Keine Antwort
    .description = Inoffiziell (nginx, nur intern): Der Server hat die Verbindung geschlossen, ohne eine Antwort zu senden. Der Code erscheint nur in Protokollen, nie beim Client.
    .advice = Der Server hat die Verbindung ohne Antwort beendet. Bitte versuchen Sie es später erneut.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Mit weiteren Angaben wiederholen
    .description = Inoffiziell (Microsoft IIS): Der Anfrage fehlten Angaben; sie soll wiederholt werden, nachdem der Client diese nachgereicht hat.
    .advice = Es fehlen einige Angaben. Bitte versuchen Sie es erneut.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Durch Windows-Jugendschutz blockiert
    .description = Inoffiziell (Microsoft): Der Windows-Jugendschutz hat den Zugriff auf die angeforderte Seite blockiert.
    .advice = Der Jugendschutz auf diesem Computer hat diese Seite blockiert.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Aus rechtlichen Gründen nicht verfügbar
    .description = Der Server verweigert den Zugriff auf die Ressource aufgrund einer rechtlichen Forderung, etwa eines Gerichtsbeschlusses.
    .advice = Dieser Inhalt ist für Sie aus rechtlichen Gründen nicht verfügbar.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Anfrage-Header zu groß
    .description = Inoffiziell (nginx): Die Anfrage oder eine ihrer Header-Zeilen ist zu groß; ein Vorläufer von 431.
    .advice = Es kann helfen, die Cookies dieser Website in Ihrem Browser zu löschen. Versuchen Sie es danach erneut.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL-Zertifikatsfehler
    .description = Inoffiziell (nginx): Das für die TLS-Client-Authentifizierung vorgelegte Client-Zertifikat ist ungültig.
    .advice = Ihr Sicherheitszertifikat wurde nicht akzeptiert. Wenden Sie sich an den Administrator der Website.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL-Zertifikat erforderlich
    .description = Inoffiziell (nginx): Der Server verlangt ein TLS-Client-Zertifikat, aber der Client hat keines vorgelegt.
    .advice = Diese Website benötigt ein Sicherheitszertifikat von Ihrem Gerät. Wenden Sie sich an den Administrator der Website.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP-Anfrage an HTTPS-Port gesendet
    .description = Inoffiziell (nginx): Eine unverschlüsselte HTTP-Anfrage ist an einem Port eingegangen, der HTTPS erwartet.
    .advice = Verwenden Sie eine Adresse, die mit https:// beginnt, und versuchen Sie es erneut.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Anfrage vom Client abgebrochen
    .description = Inoffiziell (nginx-Protokolle): Der Client hat die Verbindung geschlossen, bevor der Server seine Antwort senden konnte.
    .advice = Die Anfrage wurde abgebrochen, bevor sie abgeschlossen war. Bitte versuchen Sie es erneut.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Interner Serverfehler
    .description = Der Server ist auf einen unerwarteten Zustand gestoßen, der ihn daran gehindert hat, die Anfrage zu erfüllen.
    .advice = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es später erneut.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Nicht implementiert
    .description = Der Server unterstützt die zur Erfüllung der Anfrage nötige Funktionalität nicht, zum Beispiel eine unbekannte Anfragemethode.
    .advice = Diese Funktion ist auf dieser Website nicht verfügbar.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Fehlerhaftes Gateway
    .description = Ein Gateway oder Proxy hat von dem dahinterliegenden Server, den er angesprochen hat, eine ungültige Antwort erhalten.
    .advice = Die Website hat Probleme, einen ihrer Server zu erreichen. Bitte versuchen Sie es in ein paar Minuten erneut.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Dienst nicht verfügbar
    .description = Der Server kann die Anfrage wegen Überlastung oder Wartungsarbeiten derzeit nicht bearbeiten; ein Retry-After-Header kann angeben, wann ein neuer Versuch sinnvoll ist.
    .advice = Die Website ist vorübergehend nicht verfügbar. Bitte versuchen Sie es später erneut.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Gateway-Zeitüberschreitung
    .description = Ein Gateway oder Proxy hat vom dahinterliegenden Server nicht rechtzeitig eine Antwort erhalten.
    .advice = Die Website braucht zu lange, um zu antworten. Bitte versuchen Sie es in ein paar Minuten erneut.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = HTTP-Version nicht unterstützt
    .description = Der Server unterstützt die in der Anfrage verwendete HTTP-Hauptversion nicht.
    .advice = Ihr Browser verwendet ein Verbindungsverfahren, das dieser Server nicht unterstützt. Aktualisieren Sie Ihren Browser und versuchen Sie es dann erneut.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Variante verhandelt ebenfalls
    .description = Die transparente Inhaltsaushandlung ist auf dem Server falsch konfiguriert: Die gewählte Variante ist selbst für eine Aushandlung eingerichtet.
    .advice = Die Website ist falsch konfiguriert. Bitte versuchen Sie es später erneut.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Unzureichender Speicherplatz
    .description = WebDAV: Der Server kann die Daten, die zum Abschluss der Anfrage nötig sind, nicht speichern.
    .advice = Auf dem Server ist kein Speicherplatz mehr frei. Bitte versuchen Sie es später erneut.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Endlosschleife erkannt
    .description = WebDAV: Der Server hat den Vorgang abgebrochen, weil er auf eine Endlosschleife gestoßen ist, zum Beispiel bei Bindungen, deren Depth unendlich ist.
    .advice = Bei der Bearbeitung Ihrer Anfrage ist der Server in eine Endlosschleife geraten. Bitte versuchen Sie es später erneut.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Bandbreitenlimit überschritten
    .description = Inoffiziell (Apache und cPanel bei Hostinganbietern): Die Website hat die in ihrem Hostingtarif enthaltene Bandbreite aufgebraucht.
    .advice = Diese Website hat ihr Datenvolumen überschritten. Bitte versuchen Sie es später erneut.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Nicht erweitert
    .description = Veraltet: Die Anfrage entsprach nicht den Erweiterungsrichtlinien des HTTP-Erweiterungsrahmens aus RFC 2774, der inzwischen als historisch eingestuft ist.
    .advice = Der Server konnte diese Anfrage nicht verarbeiten. Bitte versuchen Sie es später erneut.
# 511 Network Authentication Required, RFC 6585.
http-511 = Netzwerkauthentifizierung erforderlich
    .description = Der Client muss sich authentifizieren, um Netzwerkzugang zu erhalten, in der Regel über die Anmeldeseite eines Zugangsportals.
    .advice = Melden Sie sich bei dem Netzwerk an, mit dem Sie verbunden sind, zum Beispiel auf der WLAN-Anmeldeseite.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Webserver meldet unbekannten Fehler
    .description = Inoffiziell (Cloudflare): Der Ursprungsserver hat eine leere, unbekannte oder unerwartete Antwort zurückgegeben.
    .advice = Der Server der Website hat unerwartet geantwortet. Bitte versuchen Sie es in ein paar Minuten erneut.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Webserver ist ausgefallen
    .description = Inoffiziell (Cloudflare): Der Ursprungsserver hat die Verbindung abgelehnt.
    .advice = Der Server der Website ist derzeit nicht erreichbar. Bitte versuchen Sie es später erneut.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Zeitüberschreitung der Verbindung
    .description = Inoffiziell (Cloudflare): Bei der TCP-Verbindung zum Ursprungsserver ist eine Zeitüberschreitung aufgetreten.
    .advice = Der Server der Website hat zu lange nicht geantwortet. Bitte versuchen Sie es später erneut.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Ursprungsserver nicht erreichbar
    .description = Inoffiziell (Cloudflare): Cloudflare konnte den Ursprungsserver nicht erreichen, zum Beispiel wegen eines DNS- oder Routing-Problems.
    .advice = Der Server der Website ist derzeit nicht erreichbar. Bitte versuchen Sie es später erneut.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Zeitüberschreitung aufgetreten
    .description = Inoffiziell (Cloudflare): Die Verbindung zum Ursprungsserver wurde hergestellt, aber er hat nicht rechtzeitig eine HTTP-Antwort gesendet.
    .advice = Der Server der Website hat zu lange nicht geantwortet. Bitte versuchen Sie es später erneut.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL-Handshake fehlgeschlagen
    .description = Inoffiziell (Cloudflare): Der TLS-Handshake zwischen Cloudflare und dem Ursprungsserver ist fehlgeschlagen.
    .advice = Es konnte keine sichere Verbindung zum Server der Website aufgebaut werden. Bitte versuchen Sie es später erneut.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Ungültiges SSL-Zertifikat
    .description = Inoffiziell (Cloudflare): Cloudflare konnte das TLS-Zertifikat des Ursprungsservers nicht validieren.
    .advice = Das Sicherheitszertifikat der Website konnte nicht überprüft werden. Bitte versuchen Sie es später erneut.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = DNS-Fehler beim Ursprungsserver
    .description = Inoffiziell (Cloudflare): Wird zusammen mit einem Cloudflare-Fehler 1xxx gesendet, meist wenn der DNS-Name des Ursprungsservers nicht aufgelöst werden kann.
    .advice = Die Website ist derzeit nicht erreichbar. Bitte versuchen Sie es später erneut.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Zeitüberschreitung beim Lesen aus dem Netzwerk
    .description = Inoffiziell (Konvention einiger Proxys): Beim Lesen der Antwort vom dahinterliegenden Server ist eine Zeitüberschreitung aufgetreten.
    .advice = Die Website hat zu lange für eine Antwort gebraucht. Bitte versuchen Sie es später erneut.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Zeitüberschreitung beim Verbindungsaufbau im Netzwerk
    .description = Inoffiziell (Konvention einiger Proxys): Beim Verbindungsaufbau zum dahinterliegenden Server ist eine Zeitüberschreitung aufgetreten.
    .advice = Die Website konnte nicht rechtzeitig erreicht werden. Bitte versuchen Sie es später erneut.
