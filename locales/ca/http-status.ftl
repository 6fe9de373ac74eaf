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
http-unknown = Estat desconegut
    .description = El codi d'estat no és un codi d'estat HTTP vàlid; els codis vàlids són nombres de tres xifres del 100 al 599.
    .advice = Ha passat alguna cosa inesperada. Torneu-ho a provar més tard.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Resposta informativa
    .description = Resposta provisional: el servidor ha rebut la sol·licitud i encara l'està processant. La resposta final arribarà a continuació.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Èxit
    .description = El servidor ha rebut, entès i acceptat la sol·licitud.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Redirecció
    .description = El client ha de fer una acció addicional, normalment seguir un enllaç a una altra adreça, per completar la sol·licitud.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Error del client
    .description = La sol·licitud conté un error o no es pot satisfer tal com s'ha enviat; el client no l'hauria de repetir sense canvis.
    .advice = Comproveu l'adreça i el que heu introduït i torneu-ho a provar.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Error del servidor
    .description = El servidor no ha pogut satisfer una sol·licitud que sembla vàlida.
    .advice = El problema és nostre. Torneu-ho a provar d'aquí a uns minuts.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Continuació
    .description = El servidor ha rebut les capçaleres de la sol·licitud i el client pot continuar enviant el cos de la sol·licitud.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Canvi de protocol
    .description = El servidor accepta la sol·licitud Upgrade del client i canvia al protocol que s'indica a la resposta, per exemple WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Processament en curs
    .description = WebDAV: el servidor ha acceptat la sol·licitud i encara l'està processant, de manera que el client no hauria d'esgotar el temps d'espera.
# 103 Early Hints, RFC 8297.
http-103 = Indicacions anticipades
    .description = S'envia abans de la resposta final perquè el client pugui començar a precarregar els recursos que s'indiquen a les capçaleres Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Represa de pujades admesa
    .description = El servidor admet pujades que es poden reprendre i indica al client on pot reprendre una pujada interrompuda. Aquest codi només està registrat temporalment.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = La sol·licitud s'ha completat correctament. El contingut de la resposta depèn del mètode de la sol·licitud.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Recurs creat
    .description = La sol·licitud s'ha completat correctament i ha creat un o més recursos nous, normalment identificats per la capçalera Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Sol·licitud acceptada
    .description = La sol·licitud s'ha acceptat per processar-la, però el processament no ha acabat i encara pot fallar.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Informació no autoritativa
    .description = La sol·licitud s'ha completat correctament, però un servidor intermediari transformador ha modificat el contingut que havia enviat el servidor d'origen.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Sense contingut
    .description = La sol·licitud s'ha completat correctament i no hi ha cap contingut per enviar al cos de la resposta.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Restabliment del contingut
    .description = La sol·licitud s'ha completat correctament i el client hauria de restablir el formulari o la vista que l'ha enviada, per exemple per permetre introduir-hi dades noves.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Contingut parcial
    .description = El servidor envia només les parts del recurs que el client ha demanat amb una capçalera Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Estats múltiples
    .description = WebDAV: el cos és un document XML amb un estat independent per a cadascun de diversos recursos.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Membres ja notificats
    .description = WebDAV: els membres d'aquesta col·lecció ja s'han enumerat abans en la mateixa resposta i no es repeteixen.
# 226 IM Used, RFC 3229.
http-226 = IM utilitzat
    .description = El servidor ha satisfet una sol·licitud GET amb codificació delta: la resposta és el resultat de manipulacions d'instància aplicades al recurs actual.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Opcions múltiples
    .description = El recurs està disponible en diverses representacions i el client, o l'usuari, en pot triar una.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Recurs mogut permanentment
    .description = El recurs té una adreça permanent nova, indicada a la capçalera Location; els enllaços s'haurien d'actualitzar amb aquesta adreça.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Recurs trobat
    .description = El recurs es troba temporalment en una altra adreça, indicada a la capçalera Location. Sovint els clients canvien POST per GET quan la segueixen.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Consulta d'un altre recurs
    .description = El client hauria d'obtenir un altre recurs, indicat a la capçalera Location, amb una sol·licitud GET; per exemple, una pàgina de resultats després d'enviar un formulari.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Recurs no modificat
    .description = Una sol·licitud GET o HEAD condicional ha determinat que el recurs no ha canviat, de manera que el client pot utilitzar la còpia que té a la memòria cau.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Ús d'un servidor intermediari
    .description = En desús: abans demanava al client que repetís la sol·licitud a través d'un servidor intermediari. Per motius de seguretat, els clients ja no en fan cas.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Canvi de servidor intermediari (sense ús)
    .description = Reservat: aquest codi es va utilitzar en un esborrany anterior de l'HTTP i ja no s'utilitza.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Redirecció temporal
    .description = El recurs es troba temporalment en una altra adreça, i el client hi ha de repetir la sol·licitud amb el mateix mètode i el mateix cos.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Redirecció permanent
    .description = El recurs té una adreça permanent nova, i el client hi ha de repetir la sol·licitud amb el mateix mètode i el mateix cos.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Sol·licitud incorrecta
    .description = El servidor no pot processar la sol·licitud a causa d'un error del client, com ara una sintaxi incorrecta o una delimitació del missatge no vàlida.
    .advice = Comproveu l'adreça o el formulari que heu enviat i torneu-ho a provar.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Accés no autoritzat
    .description = A la sol·licitud li falten credencials d'autenticació vàlides; la capçalera WWW-Authenticate indica com cal autenticar-se.
    .advice = Inicieu la sessió i torneu-ho a provar.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Pagament necessari
    .description = Reservat per a usos futurs. Alguns serveis l'envien quan cal un pagament o una subscripció.
    .advice = Pot ser que aquest contingut requereixi un pagament o una subscripció.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Accés prohibit
    .description = El servidor ha entès la sol·licitud però es nega a satisfer-la; tornar a iniciar la sessió no ho canviarà.
    .advice = No teniu permís per veure aquesta pàgina.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Recurs no trobat
    .description = El servidor no ha trobat res en aquesta adreça i no pot dir si mai hi trobarà res.
    .advice = Comproveu que l'adreça no tingui errors d'escriptura o torneu a la pàgina d'inici.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Mètode no permès
    .description = El recurs no admet el mètode de la sol·licitud; la capçalera Allow enumera els mètodes que sí que admet.
    .advice = Aquesta acció no està disponible aquí. Torneu enrere i proveu-ho d'una altra manera.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Representació no acceptable
    .description = El servidor no té cap representació del recurs que coincideixi amb les capçaleres Accept de la sol·licitud.
    .advice = Aquesta pàgina no està disponible en cap format ni idioma que accepti el vostre navegador.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Autenticació del servidor intermediari necessària
    .description = Com el 401, però el client primer s'ha d'autenticar amb un servidor intermediari, tal com descriu la capçalera Proxy-Authenticate.
    .advice = Inicieu la sessió al servidor intermediari de la vostra xarxa i torneu-ho a provar.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Temps d'espera de la sol·licitud esgotat
    .description = El servidor no ha rebut una sol·licitud completa dins del temps que estava disposat a esperar i ha tancat la connexió.
    .advice = La connexió ha trigat massa. Torneu-ho a provar.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Conflicte
    .description = La sol·licitud entra en conflicte amb l'estat actual del recurs, per exemple una edició basada en una versió desactualitzada.
    .advice = Pot ser que algú hagi canviat aquest contingut alhora. Recarregueu la pàgina i torneu-ho a provar.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Recurs ja no disponible
    .description = El recurs s'ha eliminat intencionadament i no tornarà; els enllaços que hi apunten s'haurien de suprimir.
    .advice = Aquesta pàgina s'ha eliminat definitivament.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Longitud necessària
    .description = El servidor rebutja una sol·licitud que té cos però no té la capçalera Content-Length.
    .advice = El vostre navegador ha enviat una sol·licitud incompleta. Torneu-ho a provar.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Condició prèvia fallida
    .description = Una condició de les capçaleres de la sol·licitud, com ara If-Match o If-Unmodified-Since, s'ha avaluat com a falsa al servidor.
    .advice = El contingut ha canviat des que l'heu carregat. Recarregueu la pàgina i torneu-ho a provar.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Contingut massa gran
    .description = El contingut de la sol·licitud és més gran del que el servidor vol o pot processar.
    .advice = El que heu enviat és massa gran. Proveu-ho amb un fitxer més petit.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI massa llarg
    .description = L'URI de destinació de la sol·licitud és més llarg del que el servidor està disposat a interpretar.
    .advice = L'adreça és massa llarga. Comproveu-la o torneu a començar des de la pàgina d'inici.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Tipus de mitjà no admès
    .description = El servidor no admet el format del contingut de la sol·licitud, tal com l'indiquen Content-Type o Content-Encoding.
    .advice = Aquest tipus de fitxer no s'admet aquí.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Interval de bytes no satisfactible
    .description = Cap dels intervals de bytes de la capçalera Range de la sol·licitud no se superposa a la mida actual del recurs.
    .advice = La part del fitxer que s'ha sol·licitat no està disponible. Proveu de tornar-lo a baixar des del principi.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Expectativa fallida
    .description = El servidor no pot complir l'expectativa indicada a la capçalera Expect de la sol·licitud.
    .advice = El vostre navegador ha enviat una sol·licitud que aquest servidor no pot gestionar. Torneu-ho a provar.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Soc una tetera (sense ús)
    .description = Reservat: una broma del primer d'abril de l'RFC 2324 implementada tan àmpliament que el codi no es pot fer servir per a res més.
    .advice = El servidor ha refusat aquesta sol·licitud amb un codi d'estat de broma.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Calma necessària
    .description = Codi no oficial (API inicial de Twitter): s'està limitant la freqüència de sol·licituds del client. Els servidors estàndard fan servir el 429 en lloc d'aquest.
    .advice = Massa sol·licituds en poc temps. Espereu un moment i torneu-ho a provar.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Sol·licitud mal dirigida
    .description = La sol·licitud ha arribat a un servidor que no està configurat per respondre per a aquest esquema i aquesta autoritat, sovint a través d'una connexió reutilitzada.
    .advice = Torneu-ho a provar. Si el problema continua, reinicieu el navegador.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Contingut no processable
    .description = La sol·licitud està ben formada, però el servidor no pot actuar segons el seu contingut, per exemple a causa d'errors de validació.
    .advice = Part del que heu introduït no és vàlid. Comproveu-ho i torneu-ho a provar.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Recurs bloquejat
    .description = WebDAV: el recurs està bloquejat, de manera que no s'hi pot aplicar aquest mètode.
    .advice = Aquest contingut està bloquejat perquè algú altre hi està treballant. Torneu-ho a provar més tard.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Dependència fallida
    .description = WebDAV: el mètode no s'ha pogut executar perquè ha fallat una altra acció de la qual depèn.
    .advice = No s'ha pogut completar la vostra sol·licitud perquè ha fallat un pas relacionat. Torneu-ho a provar.
# 425 Too Early, RFC 8470.
http-425 = Sol·licitud prematura
    .description = El servidor no està disposat a processar una sol·licitud que es podria repetir, com ara una enviada com a dades anticipades de TLS.
    .advice = Torneu-ho a provar d'aquí a un moment.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Actualització necessària
    .description = El servidor rebutja la sol·licitud amb el protocol actual; la capçalera Upgrade indica el protocol al qual cal canviar.
    .advice = El vostre navegador necessita un mètode de connexió més nou. Actualitzeu el navegador i torneu-ho a provar.
# 428 Precondition Required, RFC 6585.
http-428 = Condició prèvia necessària
    .description = El servidor requereix que la sol·licitud sigui condicional, per exemple amb If-Match, per evitar que es perdin actualitzacions.
    .advice = Recarregueu la pàgina i torneu-ho a provar.
# 429 Too Many Requests, RFC 6585.
http-429 = Massa sol·licituds
    .description = El client ha enviat massa sol·licituds en un període determinat; una capçalera Retry-After pot indicar quant de temps cal esperar.
    .advice = Heu fet massa sol·licituds. Espereu un moment i torneu-ho a provar.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Camps de capçalera de la sol·licitud massa grans
    .description = El servidor rebutja la sol·licitud perquè un camp de capçalera, o tots plegats, són massa grans.
    .advice = Esborrar les galetes d'aquest lloc web al navegador pot ajudar. Després, torneu-ho a provar.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Temps d'espera de l'inici de sessió esgotat
    .description = Codi no oficial (Microsoft IIS): la sessió del client ha caducat i l'usuari ha de tornar a iniciar la sessió.
    .advice = La vostra sessió ha caducat. Torneu a iniciar la sessió.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Sense resposta
    .description = Codi no oficial (ús intern del servidor nginx): el servidor ha tancat la connexió sense enviar cap resposta. Apareix als registres, però no s'envia mai als clients.
    .advice = El servidor ha tancat la connexió sense respondre. Torneu-ho a provar més tard.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Nou intent amb informació
    .description = Codi no oficial (Microsoft IIS): a la sol·licitud li faltava informació i s'hauria de tornar a intentar quan el client la proporcioni.
    .advice = Falta informació. Torneu-ho a provar.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Accés bloquejat pel Control parental del Windows
    .description = Codi no oficial (Microsoft): el Control parental del Windows ha bloquejat l'accés a la pàgina sol·licitada.
    .advice = El control parental d'aquest ordinador ha bloquejat aquesta pàgina.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Recurs no disponible per motius legals
    .description = El servidor denega l'accés al recurs a causa d'una exigència legal, com ara una ordre judicial.
    .advice = Per motius legals, no podeu accedir a aquest contingut.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Capçalera de la sol·licitud massa gran
    .description = Codi no oficial (nginx): la sol·licitud o una de les seves línies de capçalera és massa gran; predecessor del 431.
    .advice = Esborrar les galetes d'aquest lloc web al navegador pot ajudar. Després, torneu-ho a provar.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Error del certificat SSL
    .description = Codi no oficial (nginx): el certificat de client presentat per a l'autenticació de client TLS no és vàlid.
    .advice = No s'ha acceptat el vostre certificat de seguretat. Contacteu amb l'administrador del lloc web.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Certificat SSL necessari
    .description = Codi no oficial (nginx): el servidor requereix un certificat de client TLS i el client no n'ha presentat cap.
    .advice = Aquest lloc web necessita un certificat de seguretat del vostre dispositiu. Contacteu amb l'administrador del lloc web.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Sol·licitud HTTP enviada al port HTTPS
    .description = Codi no oficial (nginx): una sol·licitud HTTP sense xifrar ha arribat a un port que espera HTTPS.
    .advice = Utilitzeu una adreça que comenci per https:// i torneu-ho a provar.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Sol·licitud cancel·lada pel client
    .description = Codi no oficial (registres del servidor nginx): el client ha tancat la connexió abans que el servidor pogués enviar la resposta.
    .advice = La sol·licitud s'ha cancel·lat abans d'acabar. Torneu-ho a provar.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Error intern del servidor
    .description = El servidor s'ha trobat amb una situació inesperada que li ha impedit satisfer la sol·licitud.
    .advice = Hi ha hagut un problema per part nostra. Torneu-ho a provar més tard.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Funcionalitat no implementada
    .description = El servidor no admet la funcionalitat necessària per satisfer la sol·licitud, com ara un mètode de sol·licitud desconegut.
    .advice = Aquesta funció no està disponible en aquest lloc web.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Passarel·la incorrecta
    .description = Una passarel·la o un servidor intermediari ha rebut una resposta no vàlida del servidor ascendent amb què ha contactat.
    .advice = El lloc web té problemes per accedir a un dels seus servidors. Torneu-ho a provar d'aquí a uns minuts.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Servei no disponible
    .description = El servidor no pot gestionar la sol·licitud ara mateix per sobrecàrrega o manteniment; una capçalera Retry-After pot indicar quan cal tornar-ho a provar.
    .advice = El lloc web no està disponible temporalment. Torneu-ho a provar més tard.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Temps d'espera de la passarel·la esgotat
    .description = Una passarel·la o un servidor intermediari no ha rebut a temps una resposta del servidor ascendent.
    .advice = El lloc web triga massa a respondre. Torneu-ho a provar d'aquí a uns minuts.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Versió d'HTTP no admesa
    .description = El servidor no admet la versió principal de l'HTTP que utilitza la sol·licitud.
    .advice = El vostre navegador utilitza un mètode de connexió que aquest servidor no admet. Actualitzeu el navegador i torneu-ho a provar.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Variant que també negocia
    .description = La negociació transparent de continguts està mal configurada al servidor: la variant triada està configurada, al seu torn, per negociar.
    .advice = El lloc web està mal configurat. Torneu-ho a provar més tard.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Emmagatzematge insuficient
    .description = WebDAV: el servidor no pot emmagatzemar el que cal per completar la sol·licitud.
    .advice = El servidor s'ha quedat sense espai d'emmagatzematge. Torneu-ho a provar més tard.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Bucle detectat
    .description = WebDAV: el servidor ha aturat l'operació perquè ha trobat un bucle infinit, per exemple en vinculacions amb un valor Depth infinit.
    .advice = El servidor ha entrat en un bucle mentre gestionava la vostra sol·licitud. Torneu-ho a provar més tard.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Límit d'amplada de banda superat
    .description = Codi no oficial (allotjament amb Apache i cPanel): el lloc web ha esgotat l'amplada de banda que li permet el seu pla d'allotjament.
    .advice = Aquest lloc web ha superat el trànsit que té permès. Torneu-ho a provar més tard.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Sol·licitud sense extensió
    .description = Obsolet: la sol·licitud no complia la política d'extensions del Marc d'extensions de l'HTTP, ara classificat com a històric.
    .advice = El servidor no ha pogut gestionar aquesta sol·licitud. Torneu-ho a provar més tard.
# 511 Network Authentication Required, RFC 6585.
http-511 = Autenticació de xarxa necessària
    .description = El client s'ha d'autenticar per obtenir accés a la xarxa, normalment a través de la pàgina d'inici de sessió d'un portal captiu.
    .advice = Inicieu la sessió a la xarxa a la qual us heu connectat, per exemple, a la pàgina d'inici de sessió de la xarxa wifi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Error desconegut del servidor web
    .description = Codi no oficial (Cloudflare): el servidor d'origen ha retornat una resposta buida, desconeguda o inesperada.
    .advice = El servidor del lloc web ha respost de manera inesperada. Torneu-ho a provar d'aquí a uns minuts.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Servidor web fora de servei
    .description = Codi no oficial (Cloudflare): el servidor d'origen ha rebutjat la connexió.
    .advice = Ara mateix no es pot accedir al servidor del lloc web. Torneu-ho a provar més tard.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Temps d'espera de la connexió esgotat
    .description = Codi no oficial (Cloudflare): s'ha esgotat el temps d'espera de la connexió TCP amb el servidor d'origen.
    .advice = El servidor del lloc web ha trigat massa a respondre. Torneu-ho a provar més tard.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Servidor d'origen inaccessible
    .description = Codi no oficial (Cloudflare): Cloudflare no ha pogut accedir al servidor d'origen, per exemple per un problema de DNS o d'encaminament.
    .advice = Ara mateix no es pot accedir al servidor del lloc web. Torneu-ho a provar més tard.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Temps d'espera esgotat
    .description = Codi no oficial (Cloudflare): la connexió amb el servidor d'origen s'ha establert, però aquest servidor no ha enviat cap resposta HTTP a temps.
    .advice = El servidor del lloc web ha trigat massa a respondre. Torneu-ho a provar més tard.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Encaixada SSL fallida
    .description = Codi no oficial (Cloudflare): ha fallat l'encaixada TLS entre Cloudflare i el servidor d'origen.
    .advice = No s'ha pogut establir una connexió segura amb el servidor del lloc web. Torneu-ho a provar més tard.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Certificat SSL no vàlid
    .description = Codi no oficial (Cloudflare): Cloudflare no ha pogut validar el certificat TLS del servidor d'origen.
    .advice = No s'ha pogut verificar el certificat de seguretat del lloc web. Torneu-ho a provar més tard.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Error de DNS del servidor d'origen
    .description = Codi no oficial (Cloudflare): s'envia juntament amb un error 1xxx de Cloudflare, sobretot quan no es pot resoldre el nom DNS del servidor d'origen.
    .advice = Ara mateix no es pot accedir al lloc web. Torneu-ho a provar més tard.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Error per temps d'espera de lectura de la xarxa esgotat
    .description = Codi no oficial (convenció d'alguns servidors intermediaris): s'ha esgotat el temps d'espera en llegir la resposta del servidor ascendent.
    .advice = El lloc web ha trigat massa a respondre. Torneu-ho a provar més tard.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Error per temps d'espera de connexió de la xarxa esgotat
    .description = Codi no oficial (convenció d'alguns servidors intermediaris): s'ha esgotat el temps d'espera en connectar amb el servidor ascendent.
    .advice = No s'ha pogut accedir al lloc web a temps. Torneu-ho a provar més tard.
