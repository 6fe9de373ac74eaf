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
http-unknown = Hali haijulikani
    .description = Msimbo huu si msimbo halali wa hali wa HTTP; misimbo halali ni namba za tarakimu tatu kuanzia 100 hadi 599.
    .advice = Jambo lisilotarajiwa limetokea. Tafadhali jaribu tena baadaye.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Taarifa imetolewa
    .description = Jibu la muda: seva imepokea ombi na bado inalishughulikia. Jibu la mwisho litafuata.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Imefanikiwa
    .description = Seva imepokea, imeelewa na imekubali ombi.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Inaelekezwa upya
    .description = Mteja anahitaji kuchukua hatua nyingine ili kukamilisha ombi, kwa kawaida kufuata kiungo kwenda anwani nyingine.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Hitilafu ya mteja imetokea
    .description = Ombi lina hitilafu au haliwezi kutimizwa jinsi lilivyotumwa; mteja hapaswi kulirudia bila kulibadilisha.
    .advice = Kagua anwani na ulichoandika, kisha ujaribu tena.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Hitilafu ya seva imetokea
    .description = Seva imeshindwa kutimiza ombi linaloonekana kuwa halali.
    .advice = Tatizo liko upande wetu. Tafadhali jaribu tena baada ya dakika chache.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Endelea
    .description = Seva imepokea vichwa vya ombi na mteja anaweza kuendelea kutuma kiini cha ombi.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Itifaki inabadilishwa
    .description = Seva inakubali ombi la Upgrade la mteja na inahamia itifaki iliyotajwa kwenye jibu, kwa mfano WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Ombi linashughulikiwa
    .description = WebDAV: seva imekubali ombi na bado inalishughulikia, kwa hivyo mteja hapaswi kukatiza ombi kwa sababu ya kuisha kwa muda.
# 103 Early Hints, RFC 8297.
http-103 = Vidokezo vya mapema vimetumwa
    .description = Hutumwa kabla ya jibu la mwisho ili mteja aweze kuanza kupakia mapema rasilimali zilizotajwa kwenye vichwa vya Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Kuendelea na upakiaji kunaauniwa
    .description = Seva inaauni upakiaji unaoweza kuendelea baada ya kukatizwa na inamwambia mteja mahali anapoweza kuendelea na upakiaji uliokatizwa. Msimbo huu umesajiliwa kwa muda tu.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = Sawa
    .description = Ombi limefanikiwa. Kilichomo kwenye jibu kinategemea mbinu ya ombi.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Imeundwa
    .description = Ombi limefanikiwa na limeunda rasilimali mpya moja au zaidi, ambazo kwa kawaida hutambulishwa na kichwa cha Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Imekubaliwa
    .description = Ombi limekubaliwa ili lichakatwe, lakini uchakataji haujakamilika na bado unaweza kushindwa.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Taarifa si rasmi
    .description = Ombi limefanikiwa, lakini seva mbadala ya ugeuzaji imebadilisha maudhui yaliyotumwa na seva asili.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Hakuna maudhui
    .description = Ombi limefanikiwa na hakuna maudhui ya kutuma katika kiini cha jibu.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Weka upya maudhui
    .description = Ombi limefanikiwa na mteja anapaswa kuweka upya fomu au mwonekano uliotuma ombi hilo, kwa mfano ili kuruhusu maingizo mapya.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Sehemu ya maudhui imetumwa
    .description = Seva inatuma tu sehemu za rasilimali ambazo mteja aliomba kwa kichwa cha Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Kuna hali nyingi
    .description = WebDAV: kiini ni hati ya XML yenye hali tofauti kwa kila moja ya rasilimali kadhaa.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Tayari imeripotiwa
    .description = WebDAV: vipengee vya mkusanyiko huu tayari vimeorodheshwa awali katika jibu hili hili na havirudiwi.
# 226 IM Used, RFC 3229.
http-226 = IM imetumika
    .description = Seva imetimiza ombi la GET kwa usimbaji wa delta: jibu ni matokeo ya ubadilishaji wa mfano uliofanywa kwenye rasilimali ya sasa.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Kuna chaguo nyingi
    .description = Rasilimali inapatikana katika uwakilishi kadhaa na mteja, au mtumiaji, anaweza kuchagua mmojawapo.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Imehamishwa kwa kudumu
    .description = Rasilimali ina anwani mpya ya kudumu, iliyotolewa katika kichwa cha Location; viungo vinapaswa kusasishwa ili vielekee anwani hiyo.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Imepatikana
    .description = Rasilimali iko kwa muda katika anwani nyingine, iliyotolewa katika kichwa cha Location. Mara nyingi wateja hubadilisha POST kuwa GET wanapoifuata.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Tazama nyingine
    .description = Mteja anapaswa kupata rasilimali nyingine, iliyotajwa katika kichwa cha Location, kwa ombi la GET, kwa mfano ukurasa wa matokeo baada ya fomu kuwasilishwa.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Haijabadilishwa
    .description = Ombi la masharti la GET au HEAD limebaini kuwa rasilimali haijabadilika, kwa hivyo mteja anaweza kutumia nakala yake iliyoakibishwa.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Tumia seva mbadala
    .description = Imeacha kutumika: hapo awali msimbo huu ulimtaka mteja arudie ombi kupitia seva mbadala. Wateja hawaufuati tena kwa sababu za usalama.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Badilisha seva mbadala (haitumiki)
    .description = Imehifadhiwa: msimbo huu ulitumika katika rasimu ya awali ya HTTP na hautumiki tena.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Imeelekezwa upya kwa muda
    .description = Rasilimali iko kwa muda katika anwani nyingine, na mteja lazima arudie ombi huko kwa mbinu ileile na kiini kilekile.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Imeelekezwa upya kwa kudumu
    .description = Rasilimali ina anwani mpya ya kudumu, na mteja lazima arudie ombi huko kwa mbinu ileile na kiini kilekile.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Ombi si sahihi
    .description = Seva haiwezi kuchakata ombi kwa sababu ya hitilafu ya mteja, kama vile sintaksia yenye kasoro au upangaji batili wa fremu za ujumbe.
    .advice = Kagua anwani au fomu uliyowasilisha, kisha ujaribu tena.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Haijaidhinishwa
    .description = Ombi halina vitambulisho halali vya uthibitishaji; kichwa cha WWW-Authenticate kinaeleza jinsi ya kujithibitisha.
    .advice = Ingia, kisha ujaribu tena.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Malipo yanahitajika
    .description = Imehifadhiwa kwa matumizi ya baadaye. Baadhi ya huduma hutuma msimbo huu wakati malipo au usajili unahitajika.
    .advice = Maudhui haya huenda yakahitaji malipo au usajili.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Imekatazwa
    .description = Seva imeelewa ombi lakini inakataa kulitimiza; kuingia tena hakutabadilisha hilo.
    .advice = Huna ruhusa ya kuona ukurasa huu.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Haijapatikana
    .description = Seva haikupata chochote katika anwani hii, na haiwezi kusema kama itawahi kupata.
    .advice = Kagua kama anwani ina makosa ya uchapaji, au rudi kwenye ukurasa wa mwanzo.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Mbinu hairuhusiwi
    .description = Rasilimali haiauni mbinu ya ombi; kichwa cha Allow kinaorodhesha mbinu inazoauni.
    .advice = Kitendo hiki hakipatikani hapa. Rudi nyuma na ujaribu njia nyingine.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Haikubaliki
    .description = Seva haina uwakilishi wa rasilimali unaolingana na vichwa vya Accept vya ombi.
    .advice = Ukurasa huu haupatikani katika muundo au lugha ambayo kivinjari chako kinakubali.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Uthibitishaji wa seva mbadala unahitajika
    .description = Kama 401, lakini mteja lazima kwanza ajithibitishe kwa seva mbadala, kama kichwa cha Proxy-Authenticate kinavyoeleza.
    .advice = Ingia kwenye seva mbadala ya mtandao wako, kisha ujaribu tena.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Muda wa ombi umeisha
    .description = Seva haikupokea ombi kamili ndani ya muda ambao ilikuwa tayari kusubiri, na ikafunga muunganisho.
    .advice = Muunganisho ulichukua muda mrefu mno. Tafadhali jaribu tena.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Kuna mgongano
    .description = Ombi linagongana na hali ya sasa ya rasilimali, kwa mfano uhariri unaotegemea toleo lililopitwa na wakati.
    .advice = Huenda mtu fulani amebadilisha maudhui haya wakati huo huo. Pakia upya ukurasa na ujaribu tena.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Haipo tena
    .description = Rasilimali imeondolewa kwa makusudi na haitarudi; viungo vinavyoielekea vinapaswa kufutwa.
    .advice = Ukurasa huu umeondolewa kabisa.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Urefu unahitajika
    .description = Seva inakataa ombi lenye kiini lakini lisilo na kichwa cha Content-Length.
    .advice = Kivinjari chako kimetuma ombi ambalo halijakamilika. Tafadhali jaribu tena.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Sharti la awali halikutimizwa
    .description = Sharti katika vichwa vya ombi, kama vile If-Match au If-Unmodified-Since, limetathminiwa kuwa si kweli kwenye seva.
    .advice = Maudhui yamebadilika tangu ulipoyapakia. Pakia upya ukurasa na ujaribu tena.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Maudhui ni makubwa mno
    .description = Maudhui ya ombi ni makubwa kuliko kiasi ambacho seva iko tayari au inaweza kuchakata.
    .advice = Ulichotuma ni kikubwa mno. Jaribu faili ndogo zaidi.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI ni ndefu mno
    .description = URI lengwa ya ombi ni ndefu kuliko kiwango ambacho seva iko tayari kufasiri.
    .advice = Anwani ni ndefu mno. Ikague, au anza tena kutoka ukurasa wa mwanzo.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Aina ya midia haiauniwi
    .description = Seva haiauni muundo wa maudhui ya ombi, kama ulivyobainishwa na Content-Type au Content-Encoding.
    .advice = Aina hii ya faili haiauniwi hapa.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Masafa hayawezi kutimizwa
    .description = Hakuna masafa yoyote ya baiti katika kichwa cha Range cha ombi yanayoingiliana na ukubwa wa sasa wa rasilimali.
    .advice = Sehemu ya faili uliyoomba haipatikani. Jaribu kuipakua tena kuanzia mwanzo.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Matarajio hayakutimizwa
    .description = Seva haiwezi kutimiza matarajio yaliyotolewa katika kichwa cha Expect cha ombi.
    .advice = Kivinjari chako kimetuma ombi ambalo seva hii haiwezi kulishughulikia. Tafadhali jaribu tena.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Mimi ni buli (haitumiki)
    .description = Imehifadhiwa: utani wa Siku ya Wajinga kutoka RFC 2324 uliotumika kwa upana kiasi kwamba msimbo huu hauwezi kutumiwa kwa jambo lingine lolote.
    .advice = Seva imekataa ombi hili kwa msimbo wa hali wa utani.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Tulia
    .description = Msimbo usio rasmi (API ya awali ya Twitter): kiwango cha maombi ya mteja kinadhibitiwa. Seva zinazofuata viwango hutumia 429 badala yake.
    .advice = Maombi mengi mno ndani ya muda mfupi. Subiri kidogo, kisha ujaribu tena.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Ombi limeelekezwa vibaya
    .description = Ombi limefika kwenye seva ambayo haijasanidiwa kujibu kwa mpango huu na mamlaka hii (seva pangishi na mlango), mara nyingi kupitia muunganisho uliotumika tena.
    .advice = Tafadhali jaribu tena. Tatizo likiendelea, anzisha upya kivinjari chako.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Maudhui hayawezi kuchakatwa
    .description = Ombi limeundwa ipasavyo, lakini seva haiwezi kuchukua hatua kuhusu maudhui yake, kwa mfano kwa sababu ya hitilafu za ukaguzi wa data.
    .advice = Baadhi ya taarifa ulizoandika si halali. Zikague na ujaribu tena.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Imefungwa
    .description = WebDAV: rasilimali imefungwa, kwa hivyo mbinu hii haiwezi kutumika kwenye rasilimali hiyo.
    .advice = Maudhui haya yamefungwa kwa sababu mtu mwingine anayafanyia kazi. Jaribu tena baadaye.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Kitegemezi kimeshindwa
    .description = WebDAV: mbinu haikuweza kutekelezwa kwa sababu kitendo kingine inachokitegemea kimeshindwa.
    .advice = Ombi lako halikuweza kukamilishwa kwa sababu hatua inayohusiana nalo imeshindwa. Tafadhali jaribu tena.
# 425 Too Early, RFC 8470.
http-425 = Ni mapema mno
    .description = Seva haiko tayari kuchakata ombi ambalo linaweza kurudiwa, kama vile ombi lililotumwa kama data ya mapema ya TLS.
    .advice = Tafadhali jaribu tena baada ya muda mfupi.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Uboreshaji unahitajika
    .description = Seva inakataa ombi kupitia itifaki ya sasa; kichwa cha Upgrade kinataja itifaki ya kuhamia.
    .advice = Kivinjari chako kinahitaji njia mpya zaidi ya kuunganisha. Sasisha kivinjari chako, kisha ujaribu tena.
# 428 Precondition Required, RFC 6585.
http-428 = Sharti la awali linahitajika
    .description = Seva inahitaji ombi liwe la masharti, kwa mfano kwa If-Match, ili kuzuia masasisho yasipotee.
    .advice = Pakia upya ukurasa na ujaribu tena.
# 429 Too Many Requests, RFC 6585.
http-429 = Maombi ni mengi mno
    .description = Mteja ametuma maombi mengi mno ndani ya muda fulani; kichwa cha Retry-After kinaweza kueleza muda wa kusubiri.
    .advice = Umetuma maombi mengi mno. Subiri kidogo, kisha ujaribu tena.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Sehemu za vichwa vya ombi ni kubwa mno
    .description = Seva inakataa ombi kwa sababu sehemu moja ya kichwa, au sehemu zote kwa pamoja, ni kubwa mno.
    .advice = Kufuta vidakuzi vya tovuti hii kwenye kivinjari chako kunaweza kusaidia. Kisha jaribu tena.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Muda wa kuingia umeisha
    .description = Msimbo usio rasmi (Microsoft IIS): kipindi cha mteja kimeisha muda na mtumiaji lazima aingie tena.
    .advice = Kipindi chako kimeisha muda. Ingia tena.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Hakuna jibu
    .description = Msimbo usio rasmi (nginx, matumizi ya ndani): seva ilifunga muunganisho bila kutuma jibu lolote. Huonekana kwenye kumbukumbu, kamwe si kwa wateja.
    .advice = Seva ilifunga muunganisho bila kujibu. Tafadhali jaribu tena baadaye.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Jaribu tena ukiongeza taarifa
    .description = Msimbo usio rasmi (Microsoft IIS): ombi lilikosa taarifa na linapaswa kujaribiwa tena baada ya mteja kuzitoa.
    .advice = Baadhi ya taarifa hazipo. Tafadhali jaribu tena.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Imezuiwa na Vidhibiti vya Wazazi vya Windows
    .description = Msimbo usio rasmi (Microsoft): Vidhibiti vya Wazazi vya Windows vimezuia ufikiaji wa ukurasa ulioombwa.
    .advice = Vidhibiti vya wazazi kwenye kompyuta hii vimezuia ukurasa huu.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Haipatikani kwa sababu za kisheria
    .description = Seva inazuia ufikiaji wa rasilimali kwa sababu ya takwa la kisheria, kama vile amri ya mahakama.
    .advice = Maudhui haya hayapatikani kwako kwa sababu za kisheria.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Kichwa cha ombi ni kikubwa mno
    .description = Msimbo usio rasmi (nginx): ombi au mojawapo ya mistari ya vichwa vyake ni kubwa mno; ni mtangulizi wa 431.
    .advice = Kufuta vidakuzi vya tovuti hii kwenye kivinjari chako kunaweza kusaidia. Kisha jaribu tena.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Hitilafu ya cheti cha SSL imetokea
    .description = Msimbo usio rasmi (nginx): cheti cha mteja kilichowasilishwa kwa uthibitishaji wa mteja wa TLS si halali.
    .advice = Cheti chako cha usalama hakikukubaliwa. Wasiliana na msimamizi wa tovuti.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Cheti cha SSL kinahitajika
    .description = Msimbo usio rasmi (nginx): seva inahitaji cheti cha mteja cha TLS na mteja hakuwasilisha cheti hicho.
    .advice = Tovuti hii inahitaji cheti cha usalama kutoka kwenye kifaa chako. Wasiliana na msimamizi wa tovuti.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Ombi la HTTP limetumwa kwenye mlango wa HTTPS
    .description = Msimbo usio rasmi (nginx): ombi la HTTP isiyosimbwa kwa njia fiche limefika kwenye mlango unaotarajia HTTPS.
    .advice = Tumia anwani inayoanza na https:// na ujaribu tena.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Mteja ameghairi ombi
    .description = Msimbo usio rasmi (kumbukumbu za nginx): mteja alifunga muunganisho kabla seva haijaweza kutuma jibu lake.
    .advice = Ombi lilighairiwa kabla ya kukamilika. Tafadhali jaribu tena.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Hitilafu ya ndani ya seva imetokea
    .description = Seva imekumbana na hali isiyotarajiwa iliyoizuia kutimiza ombi.
    .advice = Hitilafu fulani imetokea upande wetu. Tafadhali jaribu tena baadaye.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Haijatekelezwa
    .description = Seva haiauni uwezo unaohitajika ili kutimiza ombi, kama vile mbinu ya ombi isiyojulikana.
    .advice = Kipengele hiki hakipatikani kwenye tovuti hii.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Hitilafu ya lango imetokea
    .description = Lango au seva mbadala ilipokea jibu batili kutoka kwa seva ya mkondo wa juu iliyowasiliana nayo.
    .advice = Tovuti inatatizika kufikia mojawapo ya seva zake. Tafadhali jaribu tena baada ya dakika chache.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Huduma haipatikani
    .description = Seva haiwezi kushughulikia ombi kwa sasa kwa sababu imezidiwa na mzigo au iko katika matengenezo; kichwa cha Retry-After kinaweza kueleza wakati wa kujaribu tena.
    .advice = Tovuti haipatikani kwa muda. Tafadhali jaribu tena baadaye.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Muda wa lango umeisha
    .description = Lango au seva mbadala haikupokea jibu kutoka kwa seva ya mkondo wa juu kwa wakati.
    .advice = Tovuti inachukua muda mrefu mno kujibu. Tafadhali jaribu tena baada ya dakika chache.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Toleo la HTTP haliauniwi
    .description = Seva haiauni toleo kuu la HTTP lililotumika katika ombi.
    .advice = Kivinjari chako kinatumia njia ya kuunganisha ambayo seva hii haiauni. Sasisha kivinjari chako, kisha ujaribu tena.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Lahaja nayo inajadiliana
    .description = Majadiliano ya uwazi ya maudhui yamesanidiwa vibaya kwenye seva: lahaja iliyochaguliwa yenyewe imewekwa kufanya majadiliano.
    .advice = Tovuti imesanidiwa vibaya. Tafadhali jaribu tena baadaye.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Hifadhi haitoshi
    .description = WebDAV: seva haiwezi kuhifadhi kinachohitajika ili kukamilisha ombi.
    .advice = Nafasi ya hifadhi kwenye seva imekwisha. Tafadhali jaribu tena baadaye.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Kitanzi kimegunduliwa
    .description = WebDAV: seva ilisimamisha operesheni kwa sababu iligundua kitanzi kisicho na mwisho, kwa mfano katika vifungo vyenye Depth isiyo na kikomo.
    .advice = Seva ilikumbana na kitanzi ilipokuwa ikishughulikia ombi lako. Tafadhali jaribu tena baadaye.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Kikomo cha kipimo data kimepitwa
    .description = Msimbo usio rasmi (upangishaji wa Apache na cPanel): tovuti imetumia kipimo data chote ambacho mpango wake wa upangishaji unaruhusu.
    .advice = Tovuti hii imezidi kiwango cha trafiki inachoruhusiwa. Tafadhali jaribu tena baadaye.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Haijapanuliwa
    .description = Imepitwa na wakati: ombi halikutimiza sera ya viendelezi ya Mfumo wa Viendelezi vya HTTP, ambao sasa una hadhi ya Kihistoria.
    .advice = Seva haikuweza kushughulikia ombi hili. Tafadhali jaribu tena baadaye.
# 511 Network Authentication Required, RFC 6585.
http-511 = Uthibitishaji wa mtandao unahitajika
    .description = Mteja lazima ajithibitishe ili kupata ufikiaji wa mtandao, kwa kawaida kupitia ukurasa wa kuingia ambao mtandao huonyesha kabla ya kuruhusu ufikiaji.
    .advice = Ingia kwenye mtandao uliounganishwa nao, kwa mfano kwenye ukurasa wake wa kuingia wa Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Seva ya wavuti imerejesha hitilafu isiyojulikana
    .description = Msimbo usio rasmi (Cloudflare): seva asili ilirejesha jibu tupu, lisilojulikana au lisilotarajiwa.
    .advice = Seva ya tovuti ilijibu kwa njia isiyotarajiwa. Tafadhali jaribu tena baada ya dakika chache.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Seva ya wavuti haifanyi kazi
    .description = Msimbo usio rasmi (Cloudflare): seva asili ilikataa muunganisho.
    .advice = Seva ya tovuti haifikiki kwa sasa. Tafadhali jaribu tena baadaye.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Muda wa muunganisho umeisha
    .description = Msimbo usio rasmi (Cloudflare): muda wa muunganisho wa TCP kwenda seva asili uliisha.
    .advice = Seva ya tovuti ilichukua muda mrefu mno kujibu. Tafadhali jaribu tena baadaye.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Seva asili haifikiki
    .description = Msimbo usio rasmi (Cloudflare): Cloudflare haikuweza kufikia seva asili, kwa mfano kwa sababu ya tatizo la DNS au la upitishaji njia.
    .advice = Seva ya tovuti haifikiki kwa sasa. Tafadhali jaribu tena baadaye.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Muda umeisha
    .description = Msimbo usio rasmi (Cloudflare): muunganisho kwenda seva asili ulifanikiwa, lakini seva hiyo haikutuma jibu la HTTP kwa wakati.
    .advice = Seva ya tovuti ilichukua muda mrefu mno kujibu. Tafadhali jaribu tena baadaye.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Kupeana mkono kwa SSL kumeshindwa
    .description = Msimbo usio rasmi (Cloudflare): kupeana mkono kwa TLS kati ya Cloudflare na seva asili kumeshindwa.
    .advice = Muunganisho salama na seva ya tovuti haukuweza kuanzishwa. Tafadhali jaribu tena baadaye.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Cheti cha SSL si halali
    .description = Msimbo usio rasmi (Cloudflare): Cloudflare haikuweza kuthibitisha cheti cha TLS cha seva asili.
    .advice = Cheti cha usalama cha tovuti hakikuweza kuthibitishwa. Tafadhali jaribu tena baadaye.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Hitilafu ya DNS ya seva asili imetokea
    .description = Msimbo usio rasmi (Cloudflare): hutumwa pamoja na hitilafu ya Cloudflare ya 1xxx, mara nyingi wakati jina la DNS la seva asili haliwezi kutatuliwa.
    .advice = Tovuti haifikiki kwa sasa. Tafadhali jaribu tena baadaye.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Muda wa kusoma mtandao umeisha
    .description = Msimbo usio rasmi (desturi ya baadhi ya seva mbadala): muda wa kusoma jibu kutoka kwa seva ya mkondo wa juu uliisha.
    .advice = Tovuti ilichukua muda mrefu mno kujibu. Tafadhali jaribu tena baadaye.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Muda wa kuunganisha mtandao umeisha
    .description = Msimbo usio rasmi (desturi ya baadhi ya seva mbadala): muda wa kuunganisha kwenye seva ya mkondo wa juu uliisha.
    .advice = Tovuti haikuweza kufikiwa kwa wakati. Tafadhali jaribu tena baadaye.
