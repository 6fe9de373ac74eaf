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
http-unknown = Stádas Anaithnid
    .description = Ní cód stádais HTTP bailí é an cód stádais seo; is uimhreacha trí dhigit idir 100 agus 599 iad na cóid bhailí.
    .advice = Tharla rud éigin gan choinne. Bain triail eile as ar ball, le do thoil.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Faisnéiseach
    .description = Freagra eatramhach: fuair an freastalaí an t-iarratas agus tá sé fós ag obair air. Tiocfaidh an freagra deiridh ina dhiaidh sin.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Rath
    .description = Fuair an freastalaí an t-iarratas, thuig sé é agus ghlac sé leis.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Atreorú
    .description = Caithfidh an cliant beart breise a dhéanamh chun an t-iarratas a chur i gcrích, de ghnáth nasc chuig seoladh eile a leanúint.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Earráid Chliaint
    .description = Tá earráid san iarratas, nó ní féidir é a chomhlíonadh mar a seoladh é; níor cheart don chliant é a sheoladh arís gan é a athrú.
    .advice = Seiceáil an seoladh agus an méid a d'iontráil tú, ansin bain triail eile as.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Earráid Fhreastalaí
    .description = Theip ar an bhfreastalaí iarratas a chomhlíonadh, cé gur cosúil go bhfuil an t-iarratas bailí.
    .advice = Is againne atá an fhadhb. Bain triail eile as i gceann cúpla nóiméad, le do thoil.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Lean ar Aghaidh
    .description = Fuair an freastalaí ceanntáscanna an iarratais agus is féidir leis an gcliant leanúint ar aghaidh ag seoladh corp an iarratais.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Prótacal á Athrú
    .description = Aontaíonn an freastalaí le hiarratas Upgrade an chliaint agus aistríonn sé chuig an bprótacal a ainmnítear sa fhreagra, mar shampla WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Á Phróiseáil
    .description = WebDAV: ghlac an freastalaí leis an iarratas agus tá sé fós á phróiseáil, mar sin níor cheart don chliant éirí as an bhfanacht de bharr teorann ama.
# 103 Early Hints, RFC 8297.
http-103 = Leideanna Luatha
    .description = Seoltar é roimh an bhfreagra deiridh ionas gur féidir leis an gcliant tosú ag réamhlódáil na n-acmhainní a ainmnítear sna ceanntáscanna Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Tacaítear le hAtosú Uaslódála
    .description = Tacaíonn an freastalaí le huaslódálacha is féidir a atosú agus insíonn sé don chliant cá háit ar féidir leis uaslódáil bhriste a atosú. Níl an cód seo cláraithe ach go sealadach.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = Ceart go Leor
    .description = D'éirigh leis an iarratas. Braitheann ábhar an fhreagra ar mhodh an iarratais.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Cruthaithe
    .description = D'éirigh leis an iarratas agus cruthaíodh acmhainn nua amháin nó níos mó, a shainaithnítear de ghnáth sa cheanntásc Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Glactha
    .description = Glacadh leis an iarratas le próiseáil, ach níl an phróiseáil críochnaithe fós agus d'fhéadfadh sí teip fós.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Faisnéis Neamhúdarásach
    .description = D'éirigh leis an iarratas, ach d'athraigh seachfhreastalaí claochlaitheach an t-ábhar a sheol an bunfhreastalaí.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Gan Ábhar
    .description = D'éirigh leis an iarratas agus níl aon ábhar le seoladh i gcorp an fhreagra.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Athshocraigh an tÁbhar
    .description = D'éirigh leis an iarratas agus ba cheart don chliant an fhoirm nó an t-amharc a sheol é a athshocrú, mar shampla chun ionchur nua a cheadú.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Ábhar Páirteach
    .description = Ní sheolann an freastalaí ach na codanna den acmhainn a d'iarr an cliant le ceanntásc Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Ilstádas
    .description = WebDAV: is doiciméad XML é an corp ina bhfuil stádas ar leith do gach ceann de roinnt acmhainní.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Tuairiscithe Cheana
    .description = WebDAV: liostaíodh baill an bhailiúcháin seo níos luaithe sa fhreagra céanna, agus ní athluaitear iad.
# 226 IM Used, RFC 3229.
http-226 = IM Úsáidte
    .description = Chomhlíon an freastalaí iarratas GET le hionchódú deilte: is é atá sa fhreagra ná toradh ionramhálacha a cuireadh i bhfeidhm ar ásc reatha na hacmhainne.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Roghanna Iolracha
    .description = Tá an acmhainn ar fáil i roinnt léirithe, agus is féidir leis an gcliant, nó leis an úsáideoir, ceann acu a roghnú.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Bogtha go Buan
    .description = Tá seoladh buan nua ag an acmhainn, a thugtar sa cheanntásc Location; ba cheart naisc a nuashonrú chuige.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Aimsithe
    .description = Tá an acmhainn ag seoladh eile go sealadach, a thugtar sa cheanntásc Location. Is minic a athraíonn cliaint iarratas POST go GET agus an t-atreorú á leanúint acu.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Féach ar Cheann Eile
    .description = Ba cheart don chliant acmhainn eile, a ainmnítear sa cheanntásc Location, a fháil le hiarratas GET, mar shampla leathanach torthaí tar éis foirm a chur isteach.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Gan Athrú
    .description = Léirigh iarratas coinníollach GET nó HEAD nár athraíodh an acmhainn, mar sin is féidir leis an gcliant an chóip atá i dtaisce aige a úsáid.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Úsáid Seachfhreastalaí
    .description = Imithe i léig: d'iarradh sé tráth ar an gcliant an t-iarratas a sheoladh arís trí sheachfhreastalaí. Ní leanann cliaint é a thuilleadh ar chúiseanna slándála.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Athraigh Seachfhreastalaí (Gan Úsáid)
    .description = Curtha in áirithe: baineadh úsáid as an gcód seo i ndréacht níos luaithe de HTTP agus ní úsáidtear é a thuilleadh.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Atreorú Sealadach
    .description = Tá an acmhainn ag seoladh eile go sealadach, agus caithfidh an cliant an t-iarratas a athdhéanamh ansin leis an modh céanna agus leis an gcorp céanna.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Atreorú Buan
    .description = Tá seoladh buan nua ag an acmhainn, agus caithfidh an cliant an t-iarratas a athdhéanamh ansin leis an modh céanna agus leis an gcorp céanna.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Iarratas Lochtach
    .description = Ní féidir leis an bhfreastalaí an t-iarratas a phróiseáil de bharr earráide ón gcliant, amhail comhréir mhíchumtha nó frámú teachtaireachta atá neamhbhailí.
    .advice = Seiceáil an seoladh nó an fhoirm a chuir tú isteach, ansin bain triail eile as.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Neamhúdaraithe
    .description = Níl dintiúir bhailí san iarratas le haghaidh fíordheimhnithe; insíonn an ceanntásc WWW-Authenticate conas fíordheimhniú a dhéanamh.
    .advice = Sínigh isteach, ansin bain triail eile as.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Íocaíocht Riachtanach
    .description = Curtha in áirithe le haghaidh úsáide amach anseo. Seolann roinnt seirbhísí é nuair is gá íocaíocht nó síntiús.
    .advice = D'fhéadfadh go mbeadh íocaíocht nó síntiús ag teastáil don ábhar seo.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Toirmiscthe
    .description = Thuig an freastalaí an t-iarratas ach diúltaíonn sé é a chomhlíonadh; ní athróidh síniú isteach arís é sin.
    .advice = Níl cead agat an leathanach seo a fheiceáil.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Níor Aimsíodh
    .description = Níor aimsigh an freastalaí aon rud ag an seoladh seo, agus ní féidir leis a rá an mbeidh aon rud ann choíche.
    .advice = Seiceáil an bhfuil botún clóscríofa sa seoladh, nó fill ar an leathanach baile.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Modh Neamhcheadaithe
    .description = Ní thacaíonn an acmhainn le modh an iarratais; liostaíonn an ceanntásc Allow na modhanna a dtacaíonn sí leo.
    .advice = Níl an gníomh seo ar fáil anseo. Téigh siar agus bain triail as ar bhealach eile.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Do-ghlactha
    .description = Níl aon léiriú den acmhainn ag an bhfreastalaí a mheaitseálann ceanntáscanna Accept an iarratais.
    .advice = Níl an leathanach seo ar fáil i bhformáid ná i dteanga a nglacann do bhrabhsálaí léi.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Fíordheimhniú Seachfhreastalaí Riachtanach
    .description = Cosúil le 401, ach caithfidh an cliant fíordheimhniú a dhéanamh le seachfhreastalaí ar dtús, mar a mhíníonn an ceanntásc Proxy-Authenticate.
    .advice = Sínigh isteach ar sheachfhreastalaí do líonra, ansin bain triail eile as.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Teorainn Ama an Iarratais
    .description = Ní bhfuair an freastalaí iarratas iomlán laistigh den am a bhí sé sásta fanacht, agus dhún sé an ceangal.
    .advice = Thóg an ceangal rófhada. Bain triail eile as, le do thoil.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Coinbhleacht
    .description = Tagann an t-iarratas salach ar staid reatha na hacmhainne, mar shampla eagarthóireacht atá bunaithe ar leagan atá as dáta.
    .advice = B'fhéidir gur athraigh duine eile an t-ábhar seo ag an am céanna. Athlódáil an leathanach agus bain triail eile as.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Imithe
    .description = Baineadh an acmhainn d'aon ghnó agus ní thiocfaidh sí ar ais; ba cheart naisc chuici a scriosadh.
    .advice = Baineadh an leathanach seo go buan.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Fad Riachtanach
    .description = Diúltaíonn an freastalaí d'iarratas a bhfuil corp ann ach nach bhfuil ceanntásc Content-Length ann.
    .advice = Sheol do bhrabhsálaí iarratas neamhiomlán. Bain triail eile as, le do thoil.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Theip ar Réamhchoinníoll
    .description = Ba bhréagach an toradh a fuair an freastalaí ar choinníoll i gceanntáscanna an iarratais, amhail If-Match nó If-Unmodified-Since.
    .advice = Athraíodh an t-ábhar ó lódáil tú é. Athlódáil an leathanach agus bain triail eile as.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Ábhar Rómhór
    .description = Tá ábhar an iarratais níos mó ná mar atá an freastalaí sásta nó in ann a phróiseáil.
    .advice = Tá an méid a sheol tú rómhór. Bain triail as comhad níos lú.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI Rófhada
    .description = Tá URI sprice an iarratais níos faide ná mar atá an freastalaí sásta a léirmhíniú.
    .advice = Tá an seoladh rófhada. Seiceáil é, nó tosaigh arís ón leathanach baile.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Cineál Meán Nach dTacaítear Leis
    .description = Ní thacaíonn an freastalaí le formáid ábhar an iarratais, mar a thugtar sa cheanntásc Content-Type nó Content-Encoding.
    .advice = Ní thacaítear leis an gcineál seo comhaid anseo.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Raon Nach Féidir a Shásamh
    .description = Níl aon cheann de na raonta i gceanntásc Range an iarratais ag forluí le méid reatha na hacmhainne.
    .advice = Níl an chuid den chomhad a iarradh ar fáil. Bain triail as é a íoslódáil arís ón tús.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Theip ar an Ionchas
    .description = Ní féidir leis an bhfreastalaí an t-ionchas a thugtar i gceanntásc Expect an iarratais a shásamh.
    .advice = Sheol do bhrabhsálaí iarratas nach féidir leis an bhfreastalaí seo a láimhseáil. Bain triail eile as, le do thoil.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Is Taephota Mé (Gan Úsáid)
    .description = Curtha in áirithe: magadh Lá na nAmadán ó RFC 2324 a cuireadh i bhfeidhm chomh forleathan sin nach féidir an cód a úsáid le haghaidh aon ruda eile.
    .advice = Dhiúltaigh an freastalaí don iarratas seo le cód stádais grinn.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Fan Socair
    .description = Neamhoifigiúil (seanchomhéadan ríomhchlárúcháin Twitter): tá teorannú ráta á chur i bhfeidhm ar an gcliant. Úsáideann freastalaithe caighdeánacha 429 ina ionad.
    .advice = Rinneadh an iomarca iarratas i mbeagán ama. Fan nóiméad, ansin bain triail eile as.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Iarratas Míthreoraithe
    .description = Shroich an t-iarratas freastalaí nach bhfuil cumraithe le freagairt don scéim agus don údarás seo, go minic trí cheangal athúsáidte.
    .advice = Bain triail eile as, le do thoil. Má leanann an fhadhb, atosaigh do bhrabhsálaí.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Ábhar Nach Féidir a Phróiseáil
    .description = Tá an t-iarratas dea-chumtha, ach ní féidir leis an bhfreastalaí gníomhú ar a ábhar, mar shampla de bharr earráidí bailíochtaithe.
    .advice = Níl cuid den mhéid a d'iontráil tú bailí. Seiceáil é agus bain triail eile as.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Faoi Ghlas
    .description = WebDAV: tá an acmhainn faoi ghlas, mar sin ní féidir an modh seo a chur i bhfeidhm uirthi.
    .advice = Tá an t-ábhar seo faoi ghlas mar go bhfuil duine eile ag obair air. Bain triail eile as ar ball.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Theip ar Spleáchas
    .description = WebDAV: níorbh fhéidir an modh a rith mar gur theip ar ghníomh eile a bhfuil sé ag brath air.
    .advice = Níorbh fhéidir d'iarratas a chur i gcrích mar gur theip ar chéim ghaolmhar. Bain triail eile as, le do thoil.
# 425 Too Early, RFC 8470.
http-425 = Róluath
    .description = Níl an freastalaí sásta iarratas a phróiseáil a d'fhéadfaí a athsheinm, amhail iarratas a seoladh mar shonraí luatha TLS.
    .advice = Bain triail eile as i gceann nóiméid, le do thoil.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Uasghrádú Riachtanach
    .description = Diúltaíonn an freastalaí don iarratas thar an bprótacal reatha; ainmníonn an ceanntásc Upgrade an prótacal ar cheart aistriú chuige.
    .advice = Tá modh ceangail níos nuaí de dhíth ar do bhrabhsálaí. Nuashonraigh do bhrabhsálaí, ansin bain triail eile as.
# 428 Precondition Required, RFC 6585.
http-428 = Réamhchoinníoll Riachtanach
    .description = Éilíonn an freastalaí go mbeadh an t-iarratas coinníollach, mar shampla le If-Match, chun nuashonruithe caillte a sheachaint.
    .advice = Athlódáil an leathanach agus bain triail eile as.
# 429 Too Many Requests, RFC 6585.
http-429 = An Iomarca Iarratas
    .description = Sheol an cliant an iomarca iarratas in achar ama áirithe; féadfaidh ceanntásc Retry-After a rá cé chomh fada is ba cheart fanacht.
    .advice = Rinne tú an iomarca iarratas. Fan nóiméad, ansin bain triail eile as.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Réimsí Ceanntáisc an Iarratais Rómhóra
    .description = Diúltaíonn an freastalaí don iarratas toisc go bhfuil réimse ceanntáisc amháin, nó na réimsí go léir le chéile, rómhór.
    .advice = D'fhéadfadh sé cabhrú fianáin an tsuímh seo a ghlanadh i do bhrabhsálaí. Ansin bain triail eile as.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Teorainn Ama an tSínithe Isteach
    .description = Neamhoifigiúil (Microsoft IIS): d'imigh seisiún an chliaint in éag agus caithfidh an t-úsáideoir síniú isteach arís.
    .advice = Tá do sheisiún imithe in éag. Sínigh isteach arís.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Gan Freagra
    .description = Neamhoifigiúil (nginx, inmheánach amháin): dhún an freastalaí an ceangal gan aon fhreagra a sheoladh. Feictear é i logaí, ach ní fheiceann cliaint riamh é.
    .advice = Dhún an freastalaí an ceangal gan freagra a thabhairt. Bain triail eile as ar ball, le do thoil.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Triail Arís le Tuilleadh Faisnéise
    .description = Neamhoifigiúil (Microsoft IIS): bhí faisnéis in easnamh ón iarratas agus ba cheart triail eile a bhaint as nuair a sholáthraíonn an cliant í.
    .advice = Tá roinnt faisnéise in easnamh. Bain triail eile as, le do thoil.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Bactha ag Rialuithe Tuismitheoirí Windows
    .description = Neamhoifigiúil (Microsoft): chuir Rialuithe Tuismitheoirí Windows bac ar rochtain ar an leathanach a iarradh.
    .advice = Chuir rialuithe tuismitheoirí ar an ríomhaire seo bac ar an leathanach seo.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Níl ar Fáil ar Chúiseanna Dlí
    .description = Tá an freastalaí ag diúltú rochtana ar an acmhainn de bharr éilimh dhlíthiúil, amhail ordú cúirte.
    .advice = Níl an t-ábhar seo ar fáil duit ar chúiseanna dlí.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Ceanntásc an Iarratais Rómhór
    .description = Neamhoifigiúil (nginx): tá an t-iarratas, nó ceann dá línte ceanntáisc, rómhór; réamhtheachtaí de 431 é.
    .advice = D'fhéadfadh sé cabhrú fianáin an tsuímh seo a ghlanadh i do bhrabhsálaí. Ansin bain triail eile as.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Earráid sa Deimhniú SSL
    .description = Neamhoifigiúil (nginx): tá an deimhniú cliaint a tugadh le haghaidh fíordheimhnithe cliaint TLS neamhbhailí.
    .advice = Níor glacadh le do dheimhniú slándála. Déan teagmháil le riarthóir an tsuímh.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Deimhniú SSL Riachtanach
    .description = Neamhoifigiúil (nginx): éilíonn an freastalaí deimhniú cliaint TLS agus níor thug an cliant ceann uaidh.
    .advice = Éilíonn an suíomh seo deimhniú slándála ó do ghléas. Déan teagmháil le riarthóir an tsuímh.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Iarratas HTTP Seolta chuig Port HTTPS
    .description = Neamhoifigiúil (nginx): shroich iarratas HTTP gan chriptiú port a bhfuiltear ag súil le HTTPS air.
    .advice = Úsáid seoladh a thosaíonn le https:// agus bain triail eile as.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Chealaigh an Cliant an tIarratas
    .description = Neamhoifigiúil (logaí nginx): dhún an cliant an ceangal sular fhéad an freastalaí a fhreagra a sheoladh.
    .advice = Cealaíodh an t-iarratas sular críochnaíodh é. Bain triail eile as, le do thoil.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Earráid Inmheánach Freastalaí
    .description = Tharla riocht gan choinne don fhreastalaí a chuir cosc air an t-iarratas a chomhlíonadh.
    .advice = Chuaigh rud éigin mícheart ar ár dtaobh féin. Bain triail eile as ar ball, le do thoil.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Níor Cuireadh i bhFeidhm
    .description = Ní thacaíonn an freastalaí leis an bhfeidhmiúlacht atá ag teastáil chun an t-iarratas a chomhlíonadh, amhail modh iarratais anaithnid.
    .advice = Níl an ghné seo ar fáil ar an tsuíomh seo.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Geata Lochtach
    .description = Fuair geata nó seachfhreastalaí freagra neamhbhailí ón bhfreastalaí in aghaidh srutha a ndearna sé teagmháil leis.
    .advice = Tá deacracht ag an tsuíomh teacht ar cheann dá fhreastalaithe. Bain triail eile as i gceann cúpla nóiméad, le do thoil.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Níl an tSeirbhís ar Fáil
    .description = Ní féidir leis an bhfreastalaí an t-iarratas a láimhseáil faoi láthair de bharr ró-ualaigh nó cothabhála; féadfaidh ceanntásc Retry-After a rá cathain ba cheart triail eile a bhaint as.
    .advice = Níl an suíomh ar fáil faoi láthair. Bain triail eile as ar ball, le do thoil.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Teorainn Ama an Gheata
    .description = Ní bhfuair geata nó seachfhreastalaí freagra in am ón bhfreastalaí in aghaidh srutha.
    .advice = Tá an suíomh ag glacadh rófhada le freagra a thabhairt. Bain triail eile as i gceann cúpla nóiméad, le do thoil.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Ní Thacaítear leis an Leagan HTTP
    .description = Ní thacaíonn an freastalaí leis an mórleagan de HTTP a úsáideadh san iarratas.
    .advice = Úsáideann do bhrabhsálaí modh ceangail nach dtacaíonn an freastalaí seo leis. Nuashonraigh do bhrabhsálaí, ansin bain triail eile as.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Idirbheartaíonn an Mhalairt Freisin
    .description = Tá idirbheartaíocht thrédhearcach ar ábhar míchumraithe ar an bhfreastalaí: tá an mhalairt roghnaithe féin socraithe chun idirbheartaíocht a dhéanamh.
    .advice = Tá an suíomh míchumraithe. Bain triail eile as ar ball, le do thoil.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Stóráil Neamhleor
    .description = WebDAV: ní féidir leis an bhfreastalaí an méid atá ag teastáil chun an t-iarratas a chur i gcrích a stóráil.
    .advice = Tá spás stórála an fhreastalaí ídithe. Bain triail eile as ar ball, le do thoil.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Lúb Bhraite
    .description = WebDAV: stop an freastalaí an oibríocht mar gur aimsigh sé lúb gan chríoch, mar shampla i gceangaltáin a bhfuil Depth gan teorainn acu.
    .advice = Chuaigh an freastalaí i bhfostú i lúb agus d'iarratas á láimhseáil aige. Bain triail eile as ar ball, le do thoil.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Sáraíodh Teorainn an Bhandaleithid
    .description = Neamhoifigiúil (óstáil Apache agus cPanel): d'úsáid an suíomh an bandaleithead go léir a cheadaíonn a phlean óstála.
    .advice = Tá a liúntas tráchta sáraithe ag an tsuíomh seo. Bain triail eile as ar ball, le do thoil.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Gan Síneadh
    .description = As feidhm: níor chomhlíon an t-iarratas an beartas sínte atá sainithe ag Creat Síntí HTTP, ar tugadh stádas Stairiúil dó anois.
    .advice = Níorbh fhéidir leis an bhfreastalaí an t-iarratas seo a láimhseáil. Bain triail eile as ar ball, le do thoil.
# 511 Network Authentication Required, RFC 6585.
http-511 = Fíordheimhniú Líonra Riachtanach
    .description = Caithfidh an cliant fíordheimhniú a dhéanamh chun rochtain ar an líonra a fháil, de ghnáth trí leathanach sínithe isteach tairsí cuibhrithe.
    .advice = Sínigh isteach ar an líonra a bhfuil tú ceangailte leis, mar shampla ar a leathanach sínithe isteach Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Thug an Freastalaí Gréasáin Earráid Anaithnid
    .description = Neamhoifigiúil (Cloudflare): thug an bunfhreastalaí freagra folamh, anaithnid nó gan choinne ar ais.
    .advice = Thug freastalaí an tsuímh freagra gan choinne. Bain triail eile as i gceann cúpla nóiméad, le do thoil.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Tá an Freastalaí Gréasáin as Líne
    .description = Neamhoifigiúil (Cloudflare): dhiúltaigh an bunfhreastalaí don cheangal.
    .advice = Ní féidir teacht ar fhreastalaí an tsuímh faoi láthair. Bain triail eile as ar ball, le do thoil.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Teorainn Ama an Cheangail
    .description = Neamhoifigiúil (Cloudflare): sáraíodh an teorainn ama ar an gceangal TCP leis an mbunfhreastalaí.
    .advice = Thóg freastalaí an tsuímh rófhada le freagra a thabhairt. Bain triail eile as ar ball, le do thoil.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Ní Féidir Teacht ar an mBunfhreastalaí
    .description = Neamhoifigiúil (Cloudflare): níorbh fhéidir le Cloudflare teacht ar an mbunfhreastalaí, mar shampla de bharr faidhbe DNS nó ródúcháin.
    .advice = Ní féidir teacht ar fhreastalaí an tsuímh faoi láthair. Bain triail eile as ar ball, le do thoil.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Teorainn Ama Sáraithe
    .description = Neamhoifigiúil (Cloudflare): bunaíodh an ceangal leis an mbunfhreastalaí, ach níor sheol sé freagra HTTP in am.
    .advice = Thóg freastalaí an tsuímh rófhada le freagra a thabhairt. Bain triail eile as ar ball, le do thoil.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Theip ar an gCroitheadh Láimhe SSL
    .description = Neamhoifigiúil (Cloudflare): theip ar an gcroitheadh láimhe TLS idir Cloudflare agus an bunfhreastalaí.
    .advice = Níorbh fhéidir ceangal slán a bhunú le freastalaí an tsuímh. Bain triail eile as ar ball, le do thoil.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Deimhniú SSL Neamhbhailí
    .description = Neamhoifigiúil (Cloudflare): níorbh fhéidir le Cloudflare deimhniú TLS an bhunfhreastalaí a bhailíochtú.
    .advice = Níorbh fhéidir deimhniú slándála an tsuímh a fhíorú. Bain triail eile as ar ball, le do thoil.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Earráid DNS an Bhunfhreastalaí
    .description = Neamhoifigiúil (Cloudflare): seoltar é in éineacht le hearráid 1xxx de chuid Cloudflare, go hiondúil nuair nach féidir ainm DNS an bhunfhreastalaí a réiteach.
    .advice = Ní féidir teacht ar an tsuíomh faoi láthair. Bain triail eile as ar ball, le do thoil.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Earráid Teorann Ama ag Léamh ón Líonra
    .description = Neamhoifigiúil (gnás ag roinnt seachfhreastalaithe): sáraíodh an teorainn ama agus an freagra á léamh ón bhfreastalaí in aghaidh srutha.
    .advice = Thóg an suíomh rófhada le freagra a thabhairt. Bain triail eile as ar ball, le do thoil.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Earráid Teorann Ama ag Ceangal leis an Líonra
    .description = Neamhoifigiúil (gnás ag roinnt seachfhreastalaithe): sáraíodh an teorainn ama agus ceangal á dhéanamh leis an bhfreastalaí in aghaidh srutha.
    .advice = Níorbh fhéidir teacht ar an tsuíomh in am. Bain triail eile as ar ball, le do thoil.
