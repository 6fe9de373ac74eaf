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
http-unknown = Tuntematon tilakoodi
    .description = Koodi ei ole kelvollinen HTTP-tilakoodi; kelvolliset koodit ovat kolminumeroisia lukuja väliltä 100–599.
    .advice = Tapahtui jotain odottamatonta. Yritä myöhemmin uudelleen.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Tiedottava vastaus
    .description = Väliaikainen vastaus: palvelin on vastaanottanut pyynnön ja käsittelee sitä yhä. Lopullinen vastaus tulee myöhemmin.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Onnistui
    .description = Palvelin vastaanotti pyynnön, ymmärsi sen ja hyväksyi sen.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Uudelleenohjaus
    .description = Pyynnön suorittaminen vaatii asiakkaalta lisätoimia, yleensä siirtymistä linkin kautta toiseen osoitteeseen.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Asiakasvirhe
    .description = Pyynnössä on virhe tai sitä ei voi toteuttaa sellaisenaan; asiakkaan ei pidä lähettää sitä uudelleen muuttamattomana.
    .advice = Tarkista osoite ja antamasi tiedot ja yritä sitten uudelleen.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Palvelinvirhe
    .description = Palvelin ei pystynyt toteuttamaan pyyntöä, joka vaikuttaa kelvolliselta.
    .advice = Vika on meidän päässämme. Yritä uudelleen muutaman minuutin kuluttua.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Jatka
    .description = Palvelin on vastaanottanut pyynnön otsakkeet, ja asiakas voi jatkaa pyynnön rungon lähettämistä.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Protokollan vaihto
    .description = Palvelin hyväksyy asiakkaan Upgrade-otsakkeella tekemän pyynnön ja vaihtaa vastauksessa nimettyyn protokollaan, esimerkiksi WebSocket-protokollaan.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Käsitellään
    .description = WebDAV: palvelin on hyväksynyt pyynnön ja käsittelee sitä yhä, joten asiakkaan ei pidä katkaista odottamista aikakatkaisun vuoksi.
# 103 Early Hints, RFC 8297.
http-103 = Ennakkovihjeet
    .description = Koodi lähetetään ennen lopullista vastausta, jotta asiakas voi alkaa esiladata Link-otsakkeissa nimettyjä resursseja.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Latauksen jatkaminen tuettu
    .description = Palvelin tukee palvelimelle lataamisen jatkamista ja kertoo asiakkaalle, mistä kohdasta keskeytynyttä latausta voi jatkaa. Koodi on rekisteröity vain väliaikaisesti.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Pyyntö onnistui. Vastauksen sisältö riippuu pyyntömenetelmästä.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Luotu
    .description = Pyyntö onnistui ja loi yhden tai useamman uuden resurssin, jotka yleensä yksilöidään Location-otsakkeessa.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Hyväksytty
    .description = Pyyntö on hyväksytty käsiteltäväksi, mutta käsittely on kesken ja voi vielä epäonnistua.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Ei-autoritatiivista tietoa
    .description = Pyyntö onnistui, mutta sisältöä muuntava välityspalvelin on muokannut alkuperäispalvelimen lähettämää sisältöä.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Ei sisältöä
    .description = Pyyntö onnistui, eikä vastauksen runkoon ole lähetettävää sisältöä.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Nollaa sisältö
    .description = Pyyntö onnistui, ja asiakkaan tulee palauttaa pyynnön lähettänyt lomake tai näkymä alkutilaan esimerkiksi uusien tietojen syöttämistä varten.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Osittainen sisältö
    .description = Palvelin lähettää vain ne resurssin osat, joita asiakas pyysi Range-otsakkeella.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Monitila
    .description = WebDAV: runko on XML-asiakirja, jossa on erillinen tila kullekin useasta resurssista.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Jo raportoitu
    .description = WebDAV: tämän kokoelman jäsenet on jo lueteltu aiemmin samassa vastauksessa, eikä niitä toisteta.
# 226 IM Used, RFC 3229.
http-226 = IM käytetty
    .description = Palvelin toteutti GET-pyynnön delta-koodauksella: vastaus on nykyiseen resurssiin sovellettujen instanssimanipulaatioiden tulos.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Useita vaihtoehtoja
    .description = Resurssista on saatavilla useita esitysmuotoja, ja asiakas tai käyttäjä voi valita niistä yhden.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Siirretty pysyvästi
    .description = Resurssilla on uusi pysyvä osoite, joka annetaan Location-otsakkeessa; linkit tulee päivittää osoittamaan siihen.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Löytyi
    .description = Resurssi on tilapäisesti toisessa osoitteessa, joka annetaan Location-otsakkeessa. Asiakkaat vaihtavat uudelleenohjausta seuratessaan usein POST-menetelmän GET-menetelmäksi.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Katso muualta
    .description = Asiakkaan tulee hakea GET-pyynnöllä toinen resurssi, joka nimetään Location-otsakkeessa, esimerkiksi tulossivu lomakkeen lähettämisen jälkeen.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Ei muuttunut
    .description = Ehdollinen GET- tai HEAD-pyyntö totesi, ettei resurssi ole muuttunut, joten asiakas voi käyttää välimuistissa olevaa kopiotaan.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Käytä välityspalvelinta
    .description = Vanhentunut: pyysi aiemmin asiakasta toistamaan pyynnön välityspalvelimen kautta. Asiakkaat eivät enää noudata sitä tietoturvasyistä.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Vaihda välityspalvelinta (käyttämätön)
    .description = Varattu: koodia käytettiin HTTP:n aiemmassa luonnoksessa, eikä sitä enää käytetä.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Tilapäinen uudelleenohjaus
    .description = Resurssi on tilapäisesti toisessa osoitteessa, ja asiakkaan on toistettava pyyntö siellä samalla menetelmällä ja rungolla.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Pysyvä uudelleenohjaus
    .description = Resurssilla on uusi pysyvä osoite, ja asiakkaan on toistettava pyyntö siellä samalla menetelmällä ja rungolla.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Virheellinen pyyntö
    .description = Palvelin ei voi käsitellä pyyntöä asiakkaan virheen vuoksi, esimerkiksi virheellisen syntaksin tai viestin virheellisen kehystyksen takia.
    .advice = Tarkista osoite tai lähettämäsi lomake ja yritä sitten uudelleen.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Todennus vaaditaan
    .description = Pyynnöstä puuttuvat kelvolliset todennustiedot; WWW-Authenticate-otsake kertoo, miten todennus tehdään.
    .advice = Kirjaudu sisään ja yritä sitten uudelleen.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Maksu vaaditaan
    .description = Varattu tulevaa käyttöä varten. Jotkin palvelut lähettävät sen, kun vaaditaan maksu tai tilaus.
    .advice = Tämän sisällön käyttäminen voi edellyttää maksua tai tilausta.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Pääsy kielletty
    .description = Palvelin ymmärsi pyynnön mutta kieltäytyy toteuttamasta sitä; kirjautuminen uudelleen ei muuta tilannetta.
    .advice = Sinulla ei ole oikeutta nähdä tätä sivua.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Ei löytynyt
    .description = Palvelin ei löytänyt tästä osoitteesta mitään eikä osaa sanoa, löytyykö sieltä koskaan mitään.
    .advice = Tarkista, onko osoitteessa kirjoitusvirhe, tai palaa etusivulle.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Menetelmä ei ole sallittu
    .description = Resurssi ei tue pyyntömenetelmää; Allow-otsake luettelee menetelmät, joita se tukee.
    .advice = Tämä toiminto ei ole käytettävissä täällä. Palaa takaisin ja kokeile toista tapaa.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Ei hyväksyttävissä
    .description = Palvelimella ei ole resurssista esitysmuotoa, joka vastaisi pyynnön Accept-otsakkeita.
    .advice = Tätä sivua ei ole saatavilla muodossa tai kielellä, jonka selaimesi hyväksyy.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Välityspalvelimen todennus vaaditaan
    .description = Kuten 401, mutta asiakkaan on ensin todennettava itsensä välityspalvelimelle Proxy-Authenticate-otsakkeen kuvaamalla tavalla.
    .advice = Kirjaudu sisään verkkosi välityspalvelimeen ja yritä sitten uudelleen.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Pyynnön aikakatkaisu
    .description = Palvelin ei saanut täydellistä pyyntöä siinä ajassa, jonka se oli valmis odottamaan, ja sulki yhteyden.
    .advice = Yhteys oli liian hidas. Yritä uudelleen.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Ristiriita
    .description = Pyyntö on ristiriidassa resurssin nykyisen tilan kanssa, esimerkiksi kun muokkaus perustuu vanhentuneeseen versioon.
    .advice = Joku muu on ehkä muuttanut tätä sisältöä samaan aikaan. Päivitä sivu ja yritä uudelleen.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Poistettu pysyvästi
    .description = Resurssi on poistettu tarkoituksella eikä palaa; siihen osoittavat linkit tulee poistaa.
    .advice = Tämä sivu on poistettu pysyvästi.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Pituus vaaditaan
    .description = Palvelin hylkää pyynnön, jolla on runko mutta ei Content-Length-otsaketta.
    .advice = Selaimesi lähetti puutteellisen pyynnön. Yritä uudelleen.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Ennakkoehto ei täyttynyt
    .description = Pyynnön otsakkeissa annettu ehto, esimerkiksi If-Match tai If-Unmodified-Since, osoittautui palvelimella epätodeksi.
    .advice = Sisältö on muuttunut sen jälkeen, kun latasit sen. Päivitä sivu ja yritä uudelleen.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Sisältö on liian suuri
    .description = Pyynnön sisältö on suurempi kuin palvelin suostuu tai pystyy käsittelemään.
    .advice = Lähettämäsi tiedot ovat liian suuria. Kokeile pienempää tiedostoa.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI on liian pitkä
    .description = Pyynnön kohde-URI on pidempi kuin palvelin suostuu tulkitsemaan.
    .advice = Osoite on liian pitkä. Tarkista se tai aloita alusta etusivulta.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Mediatyyppiä ei tueta
    .description = Palvelin ei tue pyynnön sisällön muotoa, joka ilmoitetaan Content-Type- tai Content-Encoding-otsakkeessa.
    .advice = Tämän tyyppisiä tiedostoja ei tueta täällä.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Pyydettyä aluetta ei voi toimittaa
    .description = Mikään pyynnön Range-otsakkeen alueista ei osu resurssin nykyiseen laajuuteen.
    .advice = Tiedoston pyydetty osa ei ole saatavilla. Kokeile ladata tiedosto uudelleen alusta.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Odotus ei täyttynyt
    .description = Palvelin ei pysty täyttämään pyynnön Expect-otsakkeessa annettua odotusta.
    .advice = Selaimesi lähetti pyynnön, jota tämä palvelin ei pysty käsittelemään. Yritä uudelleen.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Olen teekannu (käyttämätön)
    .description = Varattu: RFC 2324:n aprillipila levisi niin laajalle, ettei koodia voi käyttää mihinkään muuhun.
    .advice = Palvelin hylkäsi pyynnön leikkisällä tilakoodilla.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Ota rauhallisesti
    .description = Epävirallinen (Twitterin varhainen rajapinta): asiakkaan pyyntötiheyttä rajoitetaan. Standardin mukaiset palvelimet käyttävät sen sijaan koodia 429.
    .advice = Liian monta pyyntöä lyhyessä ajassa. Odota hetki ja yritä sitten uudelleen.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Väärin ohjattu pyyntö
    .description = Pyyntö päätyi palvelimelle, jota ei ole määritetty vastaamaan tämän skeeman ja isännän pyyntöihin, usein uudelleenkäytetyn yhteyden vuoksi.
    .advice = Yritä uudelleen. Jos ongelma jatkuu, käynnistä selain uudelleen.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Käsittelykelvoton sisältö
    .description = Pyyntö on muodoltaan oikea, mutta palvelin ei voi käsitellä sen sisältöä esimerkiksi validointivirheiden vuoksi.
    .advice = Osa antamistasi tiedoista ei kelpaa. Tarkista ne ja yritä uudelleen.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Lukittu
    .description = WebDAV: resurssi on lukittu, joten tätä menetelmää ei voi soveltaa siihen.
    .advice = Tämä sisältö on lukittu, koska joku muu muokkaa sitä. Yritä myöhemmin uudelleen.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Riippuvuus epäonnistui
    .description = WebDAV: menetelmää ei voitu suorittaa, koska toinen toiminto, josta se riippuu, epäonnistui.
    .advice = Pyyntöäsi ei voitu suorittaa loppuun, koska siihen liittyvä vaihe epäonnistui. Yritä uudelleen.
# 425 Too Early, RFC 8470.
http-425 = Liian aikaisin
    .description = Palvelin ei suostu käsittelemään pyyntöä, joka saatetaan toistaa, kuten TLS:n varhaisena datana lähetettyä pyyntöä.
    .advice = Yritä hetken kuluttua uudelleen.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Protokollan päivitys vaaditaan
    .description = Palvelin hylkää pyynnön nykyisellä protokollalla; Upgrade-otsake nimeää protokollan, johon on vaihdettava.
    .advice = Selaimesi tarvitsee uudemman yhteystavan. Päivitä selain ja yritä sitten uudelleen.
# 428 Precondition Required, RFC 6585.
http-428 = Ennakkoehto vaaditaan
    .description = Palvelin vaatii, että pyyntö on ehdollinen, esimerkiksi If-Match-otsakkeen avulla, jotta päivityksiä ei katoa.
    .advice = Päivitä sivu ja yritä uudelleen.
# 429 Too Many Requests, RFC 6585.
http-429 = Liikaa pyyntöjä
    .description = Asiakas on lähettänyt liian monta pyyntöä tietyssä ajassa; Retry-After-otsake voi kertoa, kuinka kauan on odotettava.
    .advice = Olet lähettänyt liian monta pyyntöä. Odota hetki ja yritä sitten uudelleen.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Pyynnön otsakekentät ovat liian suuria
    .description = Palvelin hylkää pyynnön, koska yksi otsakekenttä tai kaikki yhdessä ovat liian suuria.
    .advice = Sivuston evästeiden tyhjentäminen selaimesta voi auttaa. Yritä sen jälkeen uudelleen.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Kirjautumisen aikakatkaisu
    .description = Epävirallinen (Microsoft IIS): asiakkaan istunto on vanhentunut, ja käyttäjän on kirjauduttava uudelleen sisään.
    .advice = Istuntosi on vanhentunut. Kirjaudu uudelleen sisään.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Ei vastausta
    .description = Epävirallinen (nginxin sisäinen): palvelin sulki yhteyden lähettämättä vastausta. Koodi näkyy vain lokeissa eikä koskaan asiakkaille.
    .advice = Palvelin sulki yhteyden vastaamatta. Yritä myöhemmin uudelleen.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Yritä uudelleen lisätiedoin
    .description = Epävirallinen (Microsoft IIS): pyynnöstä puuttui tietoja, ja se on yritettävä uudelleen, kun asiakas on antanut ne.
    .advice = Joitakin tietoja puuttuu. Yritä uudelleen.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Windowsin lapsilukon estämä
    .description = Epävirallinen (Microsoft): Windowsin lapsilukko esti pääsyn pyydetylle sivulle.
    .advice = Tämän tietokoneen lapsilukko on estänyt tämän sivun.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Ei saatavilla oikeudellisista syistä
    .description = Palvelin estää pääsyn resurssiin oikeudellisen vaatimuksen, kuten tuomioistuimen määräyksen, vuoksi.
    .advice = Tämä sisältö ei ole saatavillasi oikeudellisista syistä.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Pyynnön otsake on liian suuri
    .description = Epävirallinen (nginx): pyyntö tai jokin sen otsakeriveistä on liian suuri; koodin 431 edeltäjä.
    .advice = Sivuston evästeiden tyhjentäminen selaimesta voi auttaa. Yritä sen jälkeen uudelleen.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL-varmennevirhe
    .description = Epävirallinen (nginx): TLS-asiakastodennuksessa esitetty asiakasvarmenne on virheellinen.
    .advice = Suojausvarmennettasi ei hyväksytty. Ota yhteyttä sivuston ylläpitäjään.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL-varmenne vaaditaan
    .description = Epävirallinen (nginx): palvelin vaatii TLS-asiakasvarmenteen, mutta asiakas ei esittänyt sellaista.
    .advice = Tämä sivusto tarvitsee laitteeltasi suojausvarmenteen. Ota yhteyttä sivuston ylläpitäjään.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP-pyyntö lähetetty HTTPS-porttiin
    .description = Epävirallinen (nginx): salaamaton HTTP-pyyntö saapui porttiin, joka odottaa HTTPS-yhteyttä.
    .advice = Käytä osoitetta, jonka alussa on https://, ja yritä uudelleen.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Asiakas peruutti pyynnön
    .description = Epävirallinen (nginxin lokit): asiakas sulki yhteyden ennen kuin palvelin ehti lähettää vastauksensa.
    .advice = Pyyntö peruutettiin ennen kuin se valmistui. Yritä uudelleen.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Sisäinen palvelinvirhe
    .description = Palvelin kohtasi odottamattoman tilanteen, joka esti sitä toteuttamasta pyyntöä.
    .advice = Jokin meni vikaan meidän päässämme. Yritä myöhemmin uudelleen.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Ei toteutettu
    .description = Palvelin ei tue pyynnön toteuttamiseen tarvittavaa toimintoa, esimerkiksi tuntematonta pyyntömenetelmää.
    .advice = Tämä toiminto ei ole käytettävissä tällä sivustolla.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Virheellinen yhdyskäytävä
    .description = Yhdyskäytävä tai välityspalvelin sai virheellisen vastauksen ylävirran palvelimelta, johon se otti yhteyttä.
    .advice = Sivustolla on vaikeuksia tavoittaa yhtä palvelimistaan. Yritä uudelleen muutaman minuutin kuluttua.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Palvelu ei ole käytettävissä
    .description = Palvelin ei pysty juuri nyt käsittelemään pyyntöä ylikuormituksen tai huoltotöiden vuoksi; Retry-After-otsake voi kertoa, milloin kannattaa yrittää uudelleen.
    .advice = Sivusto ei ole tilapäisesti käytettävissä. Yritä myöhemmin uudelleen.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Yhdyskäytävän aikakatkaisu
    .description = Yhdyskäytävä tai välityspalvelin ei saanut ajoissa vastausta ylävirran palvelimelta.
    .advice = Sivusto vastaa liian hitaasti. Yritä uudelleen muutaman minuutin kuluttua.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = HTTP-versiota ei tueta
    .description = Palvelin ei tue pyynnössä käytettyä HTTP:n pääversiota.
    .advice = Selaimesi käyttää yhteystapaa, jota tämä palvelin ei tue. Päivitä selain ja yritä sitten uudelleen.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Variantti myös neuvottelee
    .description = Läpinäkyvä sisältöneuvottelu on määritetty palvelimella väärin: valittu variantti on itsekin määritetty neuvottelemaan.
    .advice = Sivuston asetuksissa on virhe. Yritä myöhemmin uudelleen.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Tallennustila ei riitä
    .description = WebDAV: palvelin ei pysty tallentamaan pyynnön suorittamiseen tarvittavia tietoja.
    .advice = Palvelimen tallennustila on loppunut. Yritä myöhemmin uudelleen.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Silmukka havaittu
    .description = WebDAV: palvelin keskeytti toiminnon, koska se havaitsi päättymättömän silmukan, esimerkiksi sidoksissa, joiden Depth-arvo on ääretön.
    .advice = Palvelin joutui silmukkaan käsitellessään pyyntöäsi. Yritä myöhemmin uudelleen.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Kaistanleveysraja ylitetty
    .description = Epävirallinen (Apache- ja cPanel-webhotellit): sivusto on käyttänyt loppuun webhotellipakettinsa sallitun kaistanleveyden.
    .advice = Tämä sivusto on ylittänyt sallitun tiedonsiirtomääränsä. Yritä myöhemmin uudelleen.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Ei laajennettu
    .description = Vanhentunut: pyyntö ei täyttänyt HTTP-laajennuskehyksen (RFC 2774) laajennuskäytäntöä; kehyksen asema on nykyään historiallinen.
    .advice = Palvelin ei pystynyt käsittelemään tätä pyyntöä. Yritä myöhemmin uudelleen.
# 511 Network Authentication Required, RFC 6585.
http-511 = Verkon todennus vaaditaan
    .description = Asiakkaan on todennettava itsensä päästäkseen verkkoon, tavallisesti verkon kirjautumisportaalin sivulla.
    .advice = Kirjaudu sisään verkkoon, johon olet yhteydessä, esimerkiksi sen Wi-Fi-kirjautumissivulla.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Verkkopalvelin palautti tuntemattoman virheen
    .description = Epävirallinen (Cloudflare): alkuperäispalvelin palautti tyhjän, tuntemattoman tai odottamattoman vastauksen.
    .advice = Sivuston palvelin vastasi odottamattomasti. Yritä uudelleen muutaman minuutin kuluttua.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Verkkopalvelin ei ole toiminnassa
    .description = Epävirallinen (Cloudflare): alkuperäispalvelin kieltäytyi yhteydestä.
    .advice = Sivuston palvelinta ei juuri nyt tavoiteta. Yritä myöhemmin uudelleen.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Yhteyden aikakatkaisu
    .description = Epävirallinen (Cloudflare): TCP-yhteys alkuperäispalvelimeen aikakatkaistiin.
    .advice = Sivuston palvelin vastasi liian hitaasti. Yritä myöhemmin uudelleen.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Alkuperäispalvelinta ei tavoiteta
    .description = Epävirallinen (Cloudflare): Cloudflare ei tavoittanut alkuperäispalvelinta esimerkiksi DNS- tai reititysongelman vuoksi.
    .advice = Sivuston palvelinta ei juuri nyt tavoiteta. Yritä myöhemmin uudelleen.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Aikakatkaisu
    .description = Epävirallinen (Cloudflare): yhteys alkuperäispalvelimeen muodostui, mutta palvelin ei lähettänyt HTTP-vastausta ajoissa.
    .advice = Sivuston palvelin vastasi liian hitaasti. Yritä myöhemmin uudelleen.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL-kättely epäonnistui
    .description = Epävirallinen (Cloudflare): TLS-kättely Cloudflaren ja alkuperäispalvelimen välillä epäonnistui.
    .advice = Suojattua yhteyttä sivuston palvelimeen ei voitu muodostaa. Yritä myöhemmin uudelleen.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Virheellinen SSL-varmenne
    .description = Epävirallinen (Cloudflare): Cloudflare ei pystynyt vahvistamaan alkuperäispalvelimen TLS-varmennetta.
    .advice = Sivuston suojausvarmennetta ei voitu vahvistaa. Yritä myöhemmin uudelleen.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Alkuperäispalvelimen DNS-virhe
    .description = Epävirallinen (Cloudflare): lähetetään yhdessä Cloudflaren 1xxx-virheen kanssa, useimmiten silloin, kun alkuperäispalvelimen DNS-nimeä ei voida selvittää.
    .advice = Sivustoa ei juuri nyt tavoiteta. Yritä myöhemmin uudelleen.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Verkon lukemisen aikakatkaisu
    .description = Epävirallinen (joidenkin välityspalvelinten käytäntö): vastauksen lukeminen ylävirran palvelimelta aikakatkaistiin.
    .advice = Sivusto vastasi liian hitaasti. Yritä myöhemmin uudelleen.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Verkkoyhteyden muodostamisen aikakatkaisu
    .description = Epävirallinen (joidenkin välityspalvelinten käytäntö): yhteyden muodostaminen ylävirran palvelimeen aikakatkaistiin.
    .advice = Sivustoa ei tavoitettu ajoissa. Yritä myöhemmin uudelleen.
