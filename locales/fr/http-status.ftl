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
http-unknown = Statut inconnu
    .description = Ce code n'est pas un code de statut HTTP valide : les codes valides sont des nombres à trois chiffres compris entre 100 et 599.
    .advice = Un problème inattendu s'est produit. Veuillez réessayer plus tard.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Information
    .description = Réponse provisoire : le serveur a reçu la requête et poursuit son traitement. La réponse définitive suivra.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Succès
    .description = Le serveur a bien reçu, compris et accepté la requête.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Redirection
    .description = Le client doit effectuer une action supplémentaire pour mener la requête à bien, le plus souvent suivre un lien vers une autre adresse.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Erreur du client
    .description = La requête contient une erreur ou ne peut pas être satisfaite telle quelle ; le client ne devrait pas la renvoyer sans la modifier.
    .advice = Vérifiez l'adresse et les informations saisies, puis réessayez.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Erreur du serveur
    .description = Le serveur n'a pas pu satisfaire une requête apparemment valide.
    .advice = Le problème vient de chez nous. Veuillez réessayer dans quelques minutes.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Continuer
    .description = Le serveur a reçu les en-têtes de la requête ; le client peut poursuivre l'envoi du corps de la requête.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Changement de protocole
    .description = Le serveur accède à la demande de changement de protocole que le client a formulée dans l'en-tête Upgrade et passe au protocole indiqué dans la réponse, par exemple WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Traitement en cours
    .description = WebDAV : le serveur a accepté la requête et la traite encore ; le client ne doit donc pas conclure à un dépassement du délai d'attente.
# 103 Early Hints, RFC 8297.
http-103 = Indications préliminaires
    .description = Envoyé avant la réponse définitive pour que le client puisse commencer à précharger les ressources indiquées dans les en-têtes Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Reprise de téléversement prise en charge
    .description = Le serveur prend en charge les téléversements avec reprise et indique au client où reprendre un téléversement interrompu. Ce code n'est enregistré qu'à titre provisoire.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = La requête a réussi. Le contenu de la réponse dépend de la méthode de la requête.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Créé
    .description = La requête a réussi et a créé une ou plusieurs nouvelles ressources, généralement identifiées par l'en-tête Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Accepté
    .description = La requête a été acceptée pour traitement, mais le traitement n'est pas terminé et peut encore échouer.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Information ne faisant pas autorité
    .description = La requête a réussi, mais un proxy de transformation a modifié le contenu envoyé par le serveur d'origine.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Pas de contenu
    .description = La requête a réussi et il n'y a aucun contenu à envoyer dans le corps de la réponse.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Réinitialiser le contenu
    .description = La requête a réussi ; le client doit réinitialiser le formulaire ou la vue d'où elle provient, par exemple pour permettre une nouvelle saisie.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Contenu partiel
    .description = Le serveur n'envoie que les parties de la ressource que le client a demandées au moyen d'un en-tête Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Statuts multiples
    .description = WebDAV : le corps est un document XML qui donne un statut distinct pour chacune de plusieurs ressources.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Déjà signalé
    .description = WebDAV : les membres de cette collection ont déjà été énumérés plus haut dans la même réponse et ne sont pas répétés.
# 226 IM Used, RFC 3229.
http-226 = IM utilisé
    .description = Le serveur a satisfait une requête GET par codage delta : la réponse est le résultat de manipulations d'instance appliquées à la ressource actuelle.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Choix multiples
    .description = La ressource existe sous plusieurs représentations, et le client, ou l'utilisateur, peut choisir l'une d'entre elles.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Déplacé définitivement
    .description = La ressource a une nouvelle adresse définitive, indiquée dans l'en-tête Location ; les liens doivent être mis à jour en conséquence.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Trouvé
    .description = La ressource se trouve temporairement à une autre adresse, indiquée dans l'en-tête Location. Lorsqu'ils suivent cette redirection, les clients remplacent couramment POST par GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Voir ailleurs
    .description = Le client doit récupérer une autre ressource, indiquée dans l'en-tête Location, au moyen d'une requête GET, par exemple une page de résultat après l'envoi d'un formulaire.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Non modifié
    .description = Une requête GET ou HEAD conditionnelle a constaté que la ressource n'avait pas changé ; le client peut donc utiliser sa copie en cache.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Utiliser le proxy
    .description = Déconseillé : demandait autrefois au client de renvoyer la requête via un proxy. Pour des raisons de sécurité, les clients n'en tiennent plus compte.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Changement de proxy (inutilisé)
    .description = Réservé : ce code figurait dans une ancienne version préliminaire de HTTP et n'est plus utilisé.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Redirection temporaire
    .description = La ressource se trouve temporairement à une autre adresse ; le client doit y renvoyer la requête avec la même méthode et le même corps.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Redirection permanente
    .description = La ressource a une nouvelle adresse définitive ; le client doit y renvoyer la requête avec la même méthode et le même corps.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Requête incorrecte
    .description = Le serveur ne peut pas traiter la requête en raison d'une erreur du client, par exemple une syntaxe mal formée ou une délimitation de message invalide.
    .advice = Vérifiez l'adresse ou le formulaire envoyé, puis réessayez.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Non autorisé
    .description = La requête ne contient pas d'identifiants d'authentification valides ; l'en-tête WWW-Authenticate indique comment s'authentifier.
    .advice = Identifiez-vous, puis réessayez.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Paiement requis
    .description = Réservé pour un usage futur. Certains services l'envoient lorsqu'un paiement ou un abonnement est nécessaire.
    .advice = L'accès à ce contenu nécessite peut-être un paiement ou un abonnement.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Interdit
    .description = Le serveur a compris la requête mais refuse de la satisfaire ; s'identifier de nouveau n'y changera rien.
    .advice = Vous n'avez pas l'autorisation d'afficher cette page.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Introuvable
    .description = Le serveur n'a rien trouvé à cette adresse et ne peut pas dire si ce sera un jour le cas.
    .advice = Vérifiez que l'adresse ne contient pas de faute de frappe, ou revenez à la page d'accueil.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Méthode non autorisée
    .description = La ressource ne prend pas en charge la méthode de la requête ; l'en-tête Allow énumère les méthodes qu'elle prend en charge.
    .advice = Cette action n'est pas disponible ici. Revenez en arrière et essayez autrement.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Non acceptable
    .description = Le serveur ne dispose d'aucune représentation de la ressource qui corresponde aux en-têtes Accept de la requête.
    .advice = Cette page n'est pas disponible dans un format ou une langue que votre navigateur accepte.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Authentification proxy requise
    .description = Semblable à 401, mais le client doit d'abord s'authentifier auprès d'un proxy, comme l'indique l'en-tête Proxy-Authenticate.
    .advice = Identifiez-vous auprès du proxy de votre réseau, puis réessayez.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Délai de requête dépassé
    .description = Le serveur n'a pas reçu de requête complète dans le délai qu'il était prêt à attendre et a fermé la connexion.
    .advice = La connexion a pris trop de temps. Veuillez réessayer.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Conflit
    .description = La requête est en conflit avec l'état actuel de la ressource, par exemple une modification fondée sur une version périmée.
    .advice = Quelqu'un a peut-être modifié ce contenu en même temps que vous. Actualisez la page et réessayez.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Disparu
    .description = La ressource a été supprimée volontairement et ne reviendra pas ; les liens qui y mènent doivent être retirés.
    .advice = Cette page a été supprimée définitivement.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Longueur requise
    .description = Le serveur refuse une requête qui comporte un corps mais pas d'en-tête Content-Length.
    .advice = Votre navigateur a envoyé une requête incomplète. Veuillez réessayer.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Précondition non satisfaite
    .description = Une condition figurant dans les en-têtes de la requête, comme If-Match ou If-Unmodified-Since, s'est révélée fausse sur le serveur.
    .advice = Le contenu a changé depuis que vous l'avez chargé. Actualisez la page et réessayez.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Contenu trop volumineux
    .description = Le contenu de la requête dépasse la taille que le serveur accepte ou est capable de traiter.
    .advice = Ce que vous avez envoyé est trop volumineux. Essayez avec un fichier plus petit.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI trop longue
    .description = L'URI cible de la requête est plus longue que ce que le serveur accepte d'interpréter.
    .advice = L'adresse est trop longue. Vérifiez-la ou repartez de la page d'accueil.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Type de média non pris en charge
    .description = Le serveur ne prend pas en charge le format du contenu de la requête, tel qu'indiqué par Content-Type ou Content-Encoding.
    .advice = Ce type de fichier n'est pas pris en charge ici.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Plage non satisfaisable
    .description = Aucune des plages de l'en-tête Range de la requête ne chevauche l'étendue actuelle de la ressource.
    .advice = La partie demandée du fichier n'est pas disponible. Essayez de le télécharger de nouveau depuis le début.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Attente non satisfaite
    .description = Le serveur ne peut pas répondre à l'attente exprimée dans l'en-tête Expect de la requête.
    .advice = Votre navigateur a envoyé une requête que ce serveur ne peut pas traiter. Veuillez réessayer.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Je suis une théière (inutilisé)
    .description = Réservé : ce poisson d'avril de la RFC 2324 a été si largement déployé que le code ne peut plus servir à rien d'autre.
    .advice = Le serveur a refusé cette requête avec un code de statut humoristique.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Du calme, s'il vous plaît
    .description = Non officiel (première API de Twitter) : le client fait l'objet d'une limitation de débit. Les serveurs standard utilisent plutôt 429.
    .advice = Trop de requêtes en peu de temps. Patientez un instant, puis réessayez.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Requête mal dirigée
    .description = La requête a atteint un serveur qui n'est pas configuré pour traiter ce schéma et cette autorité, souvent à cause d'une connexion réutilisée.
    .advice = Veuillez réessayer. Si le problème persiste, redémarrez votre navigateur.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Contenu impossible à traiter
    .description = La requête est bien formée, mais le serveur ne peut pas donner suite à son contenu, par exemple en raison d'erreurs de validation.
    .advice = Certaines informations saisies ne sont pas valides. Vérifiez-les et réessayez.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Verrouillé
    .description = WebDAV : la ressource est verrouillée ; cette méthode ne peut donc pas lui être appliquée.
    .advice = Ce contenu est verrouillé, car quelqu'un d'autre y travaille. Réessayez plus tard.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Échec de dépendance
    .description = WebDAV : la méthode n'a pas pu s'exécuter, car une autre action dont elle dépend a échoué.
    .advice = Votre requête n'a pas pu aboutir, car une étape liée a échoué. Veuillez réessayer.
# 425 Too Early, RFC 8470.
http-425 = Trop tôt
    .description = Le serveur refuse de traiter une requête susceptible d'être rejouée, par exemple une requête envoyée sous forme de données anticipées TLS.
    .advice = Veuillez réessayer dans un instant.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Mise à niveau requise
    .description = Le serveur refuse la requête avec le protocole actuel ; l'en-tête Upgrade indique le protocole à adopter.
    .advice = Votre navigateur doit utiliser une méthode de connexion plus récente. Mettez-le à jour, puis réessayez.
# 428 Precondition Required, RFC 6585.
http-428 = Précondition requise
    .description = Le serveur exige que la requête soit conditionnelle, par exemple avec If-Match, afin d'éviter les mises à jour perdues.
    .advice = Actualisez la page et réessayez.
# 429 Too Many Requests, RFC 6585.
http-429 = Trop de requêtes
    .description = Le client a envoyé trop de requêtes dans un laps de temps donné ; un en-tête Retry-After peut indiquer combien de temps attendre.
    .advice = Vous avez effectué trop de requêtes. Patientez un instant, puis réessayez.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Champs d'en-tête de requête trop volumineux
    .description = Le serveur refuse la requête, car un champ d'en-tête, ou l'ensemble des champs, est trop volumineux.
    .advice = Supprimer les cookies de ce site dans votre navigateur peut résoudre le problème. Réessayez ensuite.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Session expirée
    .description = Non officiel (Microsoft IIS) : la session du client a expiré et l'utilisateur doit s'identifier de nouveau.
    .advice = Votre session a expiré. Identifiez-vous de nouveau.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Aucune réponse
    .description = Non officiel, utilisé en interne par nginx : le serveur a fermé la connexion sans envoyer de réponse. Ce code apparaît dans les journaux, jamais côté client.
    .advice = Le serveur a fermé la connexion sans répondre. Veuillez réessayer plus tard.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Réessayer avec des informations complémentaires
    .description = Non officiel (Microsoft IIS) : il manquait des informations dans la requête ; elle doit être renvoyée une fois que le client les a fournies.
    .advice = Des informations sont manquantes. Veuillez réessayer.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Bloqué par le contrôle parental de Windows
    .description = Non officiel (Microsoft) : le contrôle parental de Windows a bloqué l'accès à la page demandée.
    .advice = Le contrôle parental de cet ordinateur a bloqué cette page.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Indisponible pour des raisons juridiques
    .description = Le serveur refuse l'accès à la ressource en raison d'une exigence légale, comme une décision de justice.
    .advice = Ce contenu ne vous est pas accessible pour des raisons juridiques.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = En-tête de requête trop volumineux
    .description = Non officiel (nginx) : la requête, ou l'une de ses lignes d'en-tête, est trop volumineuse ; précurseur du code 431.
    .advice = Supprimer les cookies de ce site dans votre navigateur peut résoudre le problème. Réessayez ensuite.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Erreur de certificat SSL
    .description = Non officiel (nginx) : le certificat client présenté pour l'authentification client TLS n'est pas valide.
    .advice = Votre certificat de sécurité n'a pas été accepté. Contactez l'administrateur du site.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Certificat SSL requis
    .description = Non officiel (nginx) : le serveur exige un certificat client TLS et le client n'en a présenté aucun.
    .advice = Ce site a besoin d'un certificat de sécurité provenant de votre appareil. Contactez l'administrateur du site.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Requête HTTP envoyée au port HTTPS
    .description = Non officiel (nginx) : une requête HTTP non chiffrée est arrivée sur un port qui attend du HTTPS.
    .advice = Utilisez une adresse commençant par https:// et réessayez.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Requête annulée par le client
    .description = Non officiel, utilisé dans les journaux de nginx : le client a fermé la connexion avant que le serveur ait pu envoyer sa réponse.
    .advice = La requête a été annulée avant d'aboutir. Veuillez réessayer.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Erreur interne du serveur
    .description = Le serveur a rencontré une situation inattendue qui l'a empêché de satisfaire la requête.
    .advice = Un problème est survenu de notre côté. Veuillez réessayer plus tard.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Non implémenté
    .description = Le serveur ne prend pas en charge la fonctionnalité nécessaire pour satisfaire la requête, par exemple une méthode de requête inconnue.
    .advice = Cette fonctionnalité n'est pas disponible sur ce site.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Passerelle incorrecte
    .description = Une passerelle ou un proxy a reçu une réponse invalide du serveur amont qu'il a contacté.
    .advice = Le site a du mal à joindre l'un de ses serveurs. Veuillez réessayer dans quelques minutes.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Service indisponible
    .description = Le serveur ne peut pas traiter la requête pour le moment en raison d'une surcharge ou d'une maintenance ; un en-tête Retry-After peut indiquer quand réessayer.
    .advice = Le site est temporairement indisponible. Veuillez réessayer plus tard.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Délai de passerelle dépassé
    .description = Une passerelle ou un proxy n'a pas reçu à temps de réponse du serveur amont.
    .advice = Le site met trop de temps à répondre. Veuillez réessayer dans quelques minutes.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Version HTTP non prise en charge
    .description = Le serveur ne prend pas en charge la version majeure de HTTP utilisée dans la requête.
    .advice = Votre navigateur utilise une méthode de connexion que ce serveur ne prend pas en charge. Mettez-le à jour, puis réessayez.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = La variante négocie aussi
    .description = La négociation de contenu transparente est mal configurée sur le serveur : la variante choisie est elle-même configurée pour négocier.
    .advice = Le site est mal configuré. Veuillez réessayer plus tard.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Stockage insuffisant
    .description = WebDAV : le serveur ne peut pas stocker les données nécessaires pour mener la requête à bien.
    .advice = Le serveur manque d'espace de stockage. Veuillez réessayer plus tard.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Boucle détectée
    .description = WebDAV : le serveur a interrompu l'opération, car il a détecté une boucle infinie, par exemple dans des liaisons parcourues avec une profondeur (Depth) infinie.
    .advice = Le serveur est entré dans une boucle en traitant votre requête. Veuillez réessayer plus tard.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Limite de bande passante dépassée
    .description = Non officiel, utilisé par les hébergements Apache et cPanel : le site a épuisé la bande passante autorisée par son offre d'hébergement.
    .advice = Ce site a dépassé son quota de trafic. Veuillez réessayer plus tard.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Non étendu
    .description = Obsolète : la requête ne respectait pas la politique d'extension du cadre d'extensions HTTP, désormais classé comme historique.
    .advice = Le serveur n'a pas pu traiter cette requête. Veuillez réessayer plus tard.
# 511 Network Authentication Required, RFC 6585.
http-511 = Authentification réseau requise
    .description = Le client doit s'authentifier pour accéder au réseau, généralement via la page d'identification d'un portail captif.
    .advice = Identifiez-vous sur le réseau que vous utilisez, par exemple sur sa page d'identification Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Le serveur web a renvoyé une erreur inconnue
    .description = Non officiel (Cloudflare) : le serveur d'origine a renvoyé une réponse vide, inconnue ou inattendue.
    .advice = Le serveur du site a répondu de façon inattendue. Veuillez réessayer dans quelques minutes.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Le serveur web est hors service
    .description = Non officiel (Cloudflare) : le serveur d'origine a refusé la connexion.
    .advice = Le serveur du site est injoignable pour le moment. Veuillez réessayer plus tard.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Délai de connexion dépassé
    .description = Non officiel (Cloudflare) : le délai d'établissement de la connexion TCP avec le serveur d'origine a été dépassé.
    .advice = Le serveur du site a mis trop de temps à répondre. Veuillez réessayer plus tard.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Serveur d'origine injoignable
    .description = Non officiel (Cloudflare) : Cloudflare n'a pas pu joindre le serveur d'origine, par exemple à cause d'un problème de DNS ou de routage.
    .advice = Le serveur du site est injoignable pour le moment. Veuillez réessayer plus tard.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Délai d'attente dépassé
    .description = Non officiel (Cloudflare) : la connexion au serveur d'origine a réussi, mais celui-ci n'a pas envoyé de réponse HTTP dans le délai imparti.
    .advice = Le serveur du site a mis trop de temps à répondre. Veuillez réessayer plus tard.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Échec de la négociation SSL
    .description = Non officiel (Cloudflare) : la négociation TLS entre Cloudflare et le serveur d'origine a échoué.
    .advice = Impossible d'établir une connexion sécurisée avec le serveur du site. Veuillez réessayer plus tard.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Certificat SSL invalide
    .description = Non officiel (Cloudflare) : Cloudflare n'a pas pu valider le certificat TLS du serveur d'origine.
    .advice = Le certificat de sécurité du site n'a pas pu être vérifié. Veuillez réessayer plus tard.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Erreur DNS du serveur d'origine
    .description = Non officiel (Cloudflare) : envoyé avec une erreur Cloudflare 1xxx, le plus souvent lorsque le nom DNS du serveur d'origine ne peut pas être résolu.
    .advice = Le site est injoignable pour le moment. Veuillez réessayer plus tard.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Délai de lecture réseau dépassé
    .description = Non officiel, convention de certains proxys : le délai de lecture de la réponse du serveur amont a été dépassé.
    .advice = Le site a mis trop de temps à répondre. Veuillez réessayer plus tard.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Délai de connexion réseau dépassé
    .description = Non officiel, convention de certains proxys : le délai de connexion au serveur amont a été dépassé.
    .advice = Le site n'a pas pu être joint à temps. Veuillez réessayer plus tard.
