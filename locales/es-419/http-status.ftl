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
http-unknown = Estado desconocido
    .description = El código de estado no es un código de estado HTTP válido; los códigos válidos son números de tres dígitos del 100 al 599.
    .advice = Ocurrió algo inesperado. Vuelva a intentarlo más tarde.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Información
    .description = Una respuesta provisional: el servidor recibió la solicitud y todavía la está procesando. La respuesta final llegará después.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Éxito
    .description = El servidor recibió, entendió y aceptó la solicitud.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Redirección
    .description = Para completar la solicitud, el cliente debe realizar una acción adicional, normalmente seguir un enlace a otra dirección.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Error del cliente
    .description = La solicitud contiene un error o no se puede atender tal como se envió; el cliente no debería repetirla sin cambios.
    .advice = Revise la dirección y los datos que ingresó, y vuelva a intentarlo.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Error del servidor
    .description = El servidor no pudo atender una solicitud que parece válida.
    .advice = El problema está de nuestro lado. Vuelva a intentarlo en unos minutos.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Continuar
    .description = El servidor recibió los encabezados de la solicitud y el cliente puede seguir enviando el cuerpo de la solicitud.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Cambio de protocolos
    .description = El servidor acepta la solicitud Upgrade del cliente y cambia al protocolo que se indica en la respuesta, por ejemplo, WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Procesamiento en curso
    .description = WebDAV: el servidor aceptó la solicitud y todavía la está procesando, por lo que el cliente no debería dar por agotado el tiempo de espera.
# 103 Early Hints, RFC 8297.
http-103 = Sugerencias anticipadas
    .description = Se envía antes de la respuesta final para que el cliente pueda empezar a precargar los recursos indicados en los encabezados Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Reanudación de cargas admitida
    .description = El servidor admite cargas reanudables e indica al cliente dónde puede reanudar una carga interrumpida. Este código solo está registrado de forma temporal.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = La solicitud se realizó correctamente. El contenido de la respuesta depende del método de la solicitud.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Creado
    .description = La solicitud se realizó correctamente y creó uno o más recursos nuevos, que normalmente se identifican en el encabezado Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Aceptado
    .description = La solicitud se aceptó para su procesamiento, pero el procesamiento no terminó y todavía podría fallar.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Información no autoritativa
    .description = La solicitud se realizó correctamente, pero un servidor proxy de transformación modificó el contenido que envió el servidor de origen.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Sin contenido
    .description = La solicitud se realizó correctamente y no hay contenido para enviar en el cuerpo de la respuesta.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Restablecer contenido
    .description = La solicitud se realizó correctamente y el cliente debería restablecer el formulario o la vista que la envió, por ejemplo, para permitir que se ingresen nuevos datos.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Contenido parcial
    .description = El servidor envía solo las partes del recurso que el cliente solicitó con un encabezado Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Estados múltiples
    .description = WebDAV: el cuerpo es un documento XML con un estado independiente para cada uno de varios recursos.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Ya informado
    .description = WebDAV: los miembros de esta colección ya se enumeraron antes en la misma respuesta y no se repiten.
# 226 IM Used, RFC 3229.
http-226 = IM Used
    .description = El servidor atendió una solicitud GET con codificación delta: la respuesta es el resultado de manipulaciones de instancia aplicadas al recurso actual.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Opciones múltiples
    .description = El recurso está disponible en varias representaciones y el cliente, o el usuario, puede elegir una de ellas.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Movido permanentemente
    .description = El recurso tiene una nueva dirección permanente, indicada en el encabezado Location; los enlaces deberían actualizarse para apuntar a ella.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Encontrado
    .description = El recurso se encuentra temporalmente en otra dirección, indicada en el encabezado Location. Al seguir la redirección, los clientes suelen cambiar POST por GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Ver otro
    .description = El cliente debería obtener otro recurso, indicado en el encabezado Location, mediante una solicitud GET; por ejemplo, una página de resultados después de enviar un formulario.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = No modificado
    .description = Una solicitud GET o HEAD condicional determinó que el recurso no cambió, por lo que el cliente puede usar su copia en caché.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Usar proxy
    .description = En desuso: antes pedía al cliente que repitiera la solicitud a través de un servidor proxy. Por motivos de seguridad, los clientes ya no lo siguen.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Cambiar de proxy (sin uso)
    .description = Reservado: este código se usó en un borrador anterior de HTTP y ya no se utiliza.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Redirección temporal
    .description = El recurso se encuentra temporalmente en otra dirección, y el cliente debe repetir allí la solicitud con el mismo método y el mismo cuerpo.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Redirección permanente
    .description = El recurso tiene una nueva dirección permanente, y el cliente debe repetir allí la solicitud con el mismo método y el mismo cuerpo.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Solicitud incorrecta
    .description = El servidor no puede procesar la solicitud debido a un error del cliente, como una sintaxis con formato incorrecto o una delimitación del mensaje no válida.
    .advice = Revise la dirección o el formulario que envió, y vuelva a intentarlo.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = No autorizado
    .description = La solicitud no incluye credenciales de autenticación válidas; el encabezado WWW-Authenticate indica cómo autenticarse.
    .advice = Inicie sesión y vuelva a intentarlo.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Pago requerido
    .description = Reservado para uso futuro. Algunos servicios lo envían cuando se requiere un pago o una suscripción.
    .advice = Es posible que este contenido requiera un pago o una suscripción.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Prohibido
    .description = El servidor entendió la solicitud, pero se niega a atenderla; volver a iniciar sesión no cambiará eso.
    .advice = No tiene permiso para ver esta página.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = No encontrado
    .description = El servidor no encontró nada en esta dirección y no puede indicar si eso cambiará en algún momento.
    .advice = Revise que la dirección no tenga errores de escritura o vuelva a la página principal.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Método no permitido
    .description = El recurso no admite el método de la solicitud; el encabezado Allow enumera los métodos que sí admite.
    .advice = Esta acción no está disponible aquí. Regrese e inténtelo de otra manera.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = No aceptable
    .description = El servidor no tiene ninguna representación del recurso que coincida con los encabezados Accept de la solicitud.
    .advice = Esta página no está disponible en un formato o idioma que acepte su navegador.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Autenticación de proxy requerida
    .description = Como 401, pero el cliente primero debe autenticarse ante un servidor proxy, tal como lo describe el encabezado Proxy-Authenticate.
    .advice = Inicie sesión en el servidor proxy de su red y vuelva a intentarlo.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Tiempo de espera de la solicitud agotado
    .description = El servidor no recibió una solicitud completa dentro del tiempo que estaba dispuesto a esperar y cerró la conexión.
    .advice = La conexión tardó demasiado. Vuelva a intentarlo.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Conflicto
    .description = La solicitud entra en conflicto con el estado actual del recurso; por ejemplo, una edición basada en una versión desactualizada.
    .advice = Es posible que alguien haya modificado este contenido al mismo tiempo. Vuelva a cargar la página e inténtelo de nuevo.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Ya no disponible
    .description = El recurso se eliminó de forma intencional y no volverá; los enlaces que apuntan a él deberían eliminarse.
    .advice = Esta página se eliminó de forma definitiva.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Longitud requerida
    .description = El servidor rechaza una solicitud que tiene cuerpo pero no incluye el encabezado Content-Length.
    .advice = Su navegador envió una solicitud incompleta. Vuelva a intentarlo.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Condición previa no cumplida
    .description = Una condición de los encabezados de la solicitud, como If-Match o If-Unmodified-Since, resultó falsa en el servidor.
    .advice = El contenido cambió desde que lo cargó. Vuelva a cargar la página e inténtelo de nuevo.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Contenido demasiado grande
    .description = El contenido de la solicitud es más grande de lo que el servidor está dispuesto a procesar o puede procesar.
    .advice = Lo que envió es demasiado grande. Pruebe con un archivo más pequeño.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI demasiado largo
    .description = El URI de destino de la solicitud es más largo de lo que el servidor está dispuesto a interpretar.
    .advice = La dirección es demasiado larga. Revísela o vuelva a empezar desde la página principal.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Tipo de medio no admitido
    .description = El servidor no admite el formato del contenido de la solicitud, según lo indican Content-Type o Content-Encoding.
    .advice = Este tipo de archivo no se admite aquí.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Rango no satisfacible
    .description = Ninguno de los rangos del encabezado Range de la solicitud queda, ni siquiera en parte, dentro del tamaño actual del recurso.
    .advice = La parte del archivo que se solicitó no está disponible. Intente descargarlo de nuevo desde el principio.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Expectativa no cumplida
    .description = El servidor no puede cumplir la expectativa indicada en el encabezado Expect de la solicitud.
    .advice = Su navegador envió una solicitud que este servidor no puede procesar. Vuelva a intentarlo.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Soy una tetera (sin uso)
    .description = Reservado: una broma del 1 de abril del RFC 2324 que se implementó tan ampliamente que el código no puede usarse para ninguna otra cosa.
    .advice = El servidor rechazó esta solicitud con un código de estado de broma.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Mantener la calma
    .description = Código no oficial (antigua API de Twitter): se está limitando la frecuencia de solicitudes del cliente. Los servidores estándar usan 429 en su lugar.
    .advice = Hubo demasiadas solicitudes en poco tiempo. Espere un momento y vuelva a intentarlo.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Solicitud mal dirigida
    .description = La solicitud llegó a un servidor que no está configurado para responder a este esquema y esta autoridad (host y puerto), a menudo a través de una conexión reutilizada.
    .advice = Vuelva a intentarlo. Si el problema continúa, reinicie su navegador.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Contenido no procesable
    .description = La solicitud tiene un formato correcto, pero el servidor no puede procesar su contenido; por ejemplo, debido a errores de validación.
    .advice = Algunos de los datos que ingresó no son válidos. Revíselos y vuelva a intentarlo.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Bloqueado
    .description = WebDAV: el recurso está bloqueado, por lo que no se le puede aplicar este método.
    .advice = Este contenido está bloqueado porque otra persona está trabajando en él. Vuelva a intentarlo más tarde.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Dependencia fallida
    .description = WebDAV: no se pudo ejecutar el método porque falló otra acción de la que depende.
    .advice = No se pudo completar su solicitud porque falló un paso relacionado. Vuelva a intentarlo.
# 425 Too Early, RFC 8470.
http-425 = Demasiado pronto
    .description = El servidor no está dispuesto a procesar una solicitud que podría repetirse, como una enviada como datos anticipados de TLS.
    .advice = Vuelva a intentarlo en un momento.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Actualización de protocolo requerida
    .description = El servidor rechaza la solicitud con el protocolo actual; el encabezado Upgrade indica el protocolo al que se debe cambiar.
    .advice = Su navegador necesita un método de conexión más reciente. Actualice su navegador y vuelva a intentarlo.
# 428 Precondition Required, RFC 6585.
http-428 = Condición previa requerida
    .description = El servidor requiere que la solicitud sea condicional, por ejemplo, con If-Match, para evitar que se pierdan actualizaciones.
    .advice = Vuelva a cargar la página e inténtelo de nuevo.
# 429 Too Many Requests, RFC 6585.
http-429 = Demasiadas solicitudes
    .description = El cliente envió demasiadas solicitudes en un período determinado; un encabezado Retry-After puede indicar cuánto tiempo debe esperar.
    .advice = Realizó demasiadas solicitudes. Espere un momento y vuelva a intentarlo.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Campos de encabezado de la solicitud demasiado grandes
    .description = El servidor rechaza la solicitud porque un campo de encabezado, o todos ellos en conjunto, son demasiado grandes.
    .advice = Puede ser útil borrar las cookies de este sitio en su navegador. Después, vuelva a intentarlo.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Tiempo de espera de inicio de sesión agotado
    .description = Código no oficial (Microsoft IIS): la sesión del cliente expiró y el usuario debe volver a iniciar sesión.
    .advice = Su sesión expiró. Vuelva a iniciar sesión.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Sin respuesta
    .description = Código no oficial (uso interno de nginx): el servidor cerró la conexión sin enviar ninguna respuesta. Aparece en los registros, pero nunca llega a los clientes.
    .advice = El servidor cerró la conexión sin responder. Vuelva a intentarlo más tarde.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Reintentar con
    .description = Código no oficial (Microsoft IIS): a la solicitud le faltaba información y debería reintentarse cuando el cliente la proporcione.
    .advice = Falta información. Vuelva a intentarlo.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Bloqueado por el Control parental de Windows
    .description = Código no oficial (Microsoft): el Control parental de Windows bloqueó el acceso a la página solicitada.
    .advice = El control parental de esta computadora bloqueó esta página.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = No disponible por motivos legales
    .description = El servidor deniega el acceso al recurso debido a una exigencia legal, como una orden judicial.
    .advice = Este contenido no está disponible para usted por motivos legales.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Encabezado de la solicitud demasiado grande
    .description = Código no oficial (nginx): la solicitud o una de sus líneas de encabezado es demasiado grande; es un antecesor del código 431.
    .advice = Puede ser útil borrar las cookies de este sitio en su navegador. Después, vuelva a intentarlo.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Error de certificado SSL
    .description = Código no oficial (nginx): el certificado de cliente presentado para la autenticación de cliente TLS no es válido.
    .advice = No se aceptó su certificado de seguridad. Comuníquese con el administrador del sitio.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Certificado SSL requerido
    .description = Código no oficial (nginx): el servidor requiere un certificado de cliente TLS y el cliente no presentó ninguno.
    .advice = Este sitio necesita un certificado de seguridad de su dispositivo. Comuníquese con el administrador del sitio.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Solicitud HTTP enviada a un puerto HTTPS
    .description = Código no oficial (nginx): llegó una solicitud HTTP sin cifrar a un puerto que espera HTTPS.
    .advice = Use una dirección que empiece con https:// y vuelva a intentarlo.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Solicitud cancelada por el cliente
    .description = Código no oficial (registros de nginx): el cliente cerró la conexión antes de que el servidor pudiera enviar su respuesta.
    .advice = La solicitud se canceló antes de terminar. Vuelva a intentarlo.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Error interno del servidor
    .description = El servidor encontró una condición inesperada que le impidió atender la solicitud.
    .advice = Algo salió mal de nuestro lado. Vuelva a intentarlo más tarde.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = No implementado
    .description = El servidor no admite la funcionalidad necesaria para atender la solicitud, como un método de solicitud desconocido.
    .advice = Esta función no está disponible en este sitio.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Puerta de enlace incorrecta
    .description = Una puerta de enlace o un servidor proxy recibió una respuesta no válida del servidor ascendente con el que se comunicó.
    .advice = El sitio tiene problemas para comunicarse con uno de sus servidores. Vuelva a intentarlo en unos minutos.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Servicio no disponible
    .description = El servidor no puede atender la solicitud en este momento debido a una sobrecarga o a tareas de mantenimiento; un encabezado Retry-After puede indicar cuándo volver a intentarlo.
    .advice = El sitio no está disponible temporalmente. Vuelva a intentarlo más tarde.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Tiempo de espera de la puerta de enlace agotado
    .description = Una puerta de enlace o un servidor proxy no recibió a tiempo una respuesta del servidor ascendente.
    .advice = El sitio está tardando demasiado en responder. Vuelva a intentarlo en unos minutos.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Versión de HTTP no admitida
    .description = El servidor no admite la versión principal de HTTP que se usó en la solicitud.
    .advice = Su navegador usa un método de conexión que este servidor no admite. Actualice su navegador y vuelva a intentarlo.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Variante que también negocia
    .description = La negociación transparente de contenido está mal configurada en el servidor: la variante elegida está configurada, a su vez, para negociar.
    .advice = El sitio está mal configurado. Vuelva a intentarlo más tarde.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Almacenamiento insuficiente
    .description = WebDAV: el servidor no puede almacenar lo necesario para completar la solicitud.
    .advice = El servidor se quedó sin espacio de almacenamiento. Vuelva a intentarlo más tarde.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Bucle detectado
    .description = WebDAV: el servidor detuvo la operación porque encontró un bucle infinito; por ejemplo, en enlaces con un valor de Depth infinito.
    .advice = El servidor entró en un bucle al procesar su solicitud. Vuelva a intentarlo más tarde.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Límite de ancho de banda superado
    .description = Código no oficial (alojamiento con Apache y cPanel): el sitio consumió todo el ancho de banda que permite su plan de alojamiento.
    .advice = Este sitio superó su límite de tráfico. Vuelva a intentarlo más tarde.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = No extendido
    .description = Obsoleto: la solicitud no cumplió la política de extensiones del Marco de extensiones de HTTP, que ahora está clasificado como histórico.
    .advice = El servidor no pudo procesar esta solicitud. Vuelva a intentarlo más tarde.
# 511 Network Authentication Required, RFC 6585.
http-511 = Autenticación de red requerida
    .description = El cliente debe autenticarse para obtener acceso a la red, normalmente a través de la página de inicio de sesión de un portal cautivo.
    .advice = Inicie sesión en la red a la que está conectado, por ejemplo, en la página de inicio de sesión de la red Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Error desconocido del servidor web
    .description = Código no oficial (Cloudflare): el servidor de origen devolvió una respuesta vacía, desconocida o inesperada.
    .advice = El servidor del sitio respondió de forma inesperada. Vuelva a intentarlo en unos minutos.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Servidor web fuera de servicio
    .description = Código no oficial (Cloudflare): el servidor de origen rechazó la conexión.
    .advice = En este momento no es posible comunicarse con el servidor del sitio. Vuelva a intentarlo más tarde.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Tiempo de espera de la conexión agotado
    .description = Código no oficial (Cloudflare): se agotó el tiempo de espera de la conexión TCP con el servidor de origen.
    .advice = El servidor del sitio tardó demasiado en responder. Vuelva a intentarlo más tarde.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Origen inaccesible
    .description = Código no oficial (Cloudflare): Cloudflare no pudo comunicarse con el servidor de origen; por ejemplo, debido a un problema de DNS o de enrutamiento.
    .advice = En este momento no es posible comunicarse con el servidor del sitio. Vuelva a intentarlo más tarde.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Tiempo de espera agotado
    .description = Código no oficial (Cloudflare): la conexión con el servidor de origen se estableció, pero este no envió una respuesta HTTP a tiempo.
    .advice = El servidor del sitio tardó demasiado en responder. Vuelva a intentarlo más tarde.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Error en el protocolo de enlace SSL
    .description = Código no oficial (Cloudflare): falló el protocolo de enlace TLS entre Cloudflare y el servidor de origen.
    .advice = No se pudo establecer una conexión segura con el servidor del sitio. Vuelva a intentarlo más tarde.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Certificado SSL no válido
    .description = Código no oficial (Cloudflare): Cloudflare no pudo validar el certificado TLS del servidor de origen.
    .advice = No se pudo verificar el certificado de seguridad del sitio. Vuelva a intentarlo más tarde.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Error de DNS del origen
    .description = Código no oficial (Cloudflare): se envía junto con un error 1xxx de Cloudflare, generalmente cuando no se puede resolver el nombre DNS del servidor de origen.
    .advice = En este momento no es posible acceder al sitio. Vuelva a intentarlo más tarde.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Tiempo de espera de lectura de red agotado
    .description = Código no oficial (convención de algunos servidores proxy): se agotó el tiempo de espera al leer la respuesta del servidor ascendente.
    .advice = El sitio tardó demasiado en responder. Vuelva a intentarlo más tarde.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Tiempo de espera de conexión de red agotado
    .description = Código no oficial (convención de algunos servidores proxy): se agotó el tiempo de espera al conectarse con el servidor ascendente.
    .advice = No se pudo acceder al sitio a tiempo. Vuelva a intentarlo más tarde.
