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
http-unknown = Estado desconhecido
    .description = O código não é um código de estado HTTP válido; os códigos válidos são números de três algarismos entre 100 e 599.
    .advice = Ocorreu algo inesperado. Volte a tentar mais tarde.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informativo
    .description = Resposta provisória: o servidor recebeu o pedido e ainda o está a tratar. A resposta final chega depois.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Sucesso
    .description = O servidor recebeu, compreendeu e aceitou o pedido.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Redirecionamento
    .description = O cliente tem de realizar mais uma ação para concluir o pedido, normalmente seguir uma hiperligação para outro endereço.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Erro do cliente
    .description = O pedido contém um erro ou não pode ser satisfeito tal como foi enviado; o cliente não o deve repetir sem alterações.
    .advice = Verifique o endereço e os dados que introduziu e volte a tentar.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Erro do servidor
    .description = O servidor não conseguiu satisfazer um pedido que parece válido.
    .advice = O problema é do nosso lado. Volte a tentar dentro de alguns minutos.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Continuar
    .description = O servidor recebeu os cabeçalhos do pedido e o cliente pode continuar a enviar o corpo do pedido.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = A mudar de protocolo
    .description = O servidor aceita a mudança que o cliente pediu no cabeçalho Upgrade e passa a utilizar o protocolo indicado na resposta, por exemplo, WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = A processar
    .description = WebDAV: o servidor aceitou o pedido e ainda o está a processar, pelo que o cliente não deve dar o tempo de espera por esgotado.
# 103 Early Hints, RFC 8297.
http-103 = Indicações antecipadas
    .description = Enviado antes da resposta final para que o cliente possa começar a pré-carregar os recursos indicados nos cabeçalhos Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Retoma de carregamentos suportada
    .description = O servidor suporta carregamentos retomáveis e indica ao cliente onde pode retomar um carregamento interrompido. Este código está registado apenas a título provisório.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = O pedido foi bem-sucedido. O conteúdo da resposta depende do método do pedido.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Criado
    .description = O pedido foi bem-sucedido e criou um ou mais recursos novos, normalmente identificados pelo cabeçalho Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Aceite
    .description = O pedido foi aceite para processamento, mas o processamento ainda não terminou e pode vir a falhar.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Informação não autoritativa
    .description = O pedido foi bem-sucedido, mas um proxy de transformação alterou o conteúdo enviado pelo servidor de origem.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Sem conteúdo
    .description = O pedido foi bem-sucedido e não há conteúdo a enviar no corpo da resposta.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Repor conteúdo
    .description = O pedido foi bem-sucedido e o cliente deve repor o formulário ou a vista que o enviou, por exemplo, para permitir a introdução de novos dados.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Conteúdo parcial
    .description = O servidor está a enviar apenas as partes do recurso que o cliente pediu com um cabeçalho Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Estados múltiplos
    .description = WebDAV: o corpo é um documento XML com um estado separado para cada um de vários recursos.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Já comunicado
    .description = WebDAV: os membros desta coleção já foram listados anteriormente na mesma resposta e não são repetidos.
# 226 IM Used, RFC 3229.
http-226 = IM utilizado
    .description = O servidor satisfez um pedido GET com codificação delta: a resposta é o resultado de manipulações de instância aplicadas ao recurso atual.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Várias opções
    .description = O recurso está disponível em várias representações e o cliente, ou o utilizador, pode escolher uma delas.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Movido permanentemente
    .description = O recurso tem um novo endereço permanente, indicado no cabeçalho Location; as hiperligações devem ser atualizadas para esse endereço.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Encontrado
    .description = O recurso está temporariamente noutro endereço, indicado no cabeçalho Location. Ao seguir este redirecionamento, os clientes costumam trocar POST por GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Ver outro
    .description = O cliente deve obter outro recurso, indicado no cabeçalho Location, através de um pedido GET, por exemplo, uma página de resultados após a submissão de um formulário.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Não modificado
    .description = Um pedido GET ou HEAD condicional verificou que o recurso não foi alterado, pelo que o cliente pode utilizar a sua cópia em cache.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Utilizar proxy
    .description = Descontinuado: antigamente pedia ao cliente que repetisse o pedido através de um proxy. Por razões de segurança, os clientes já não o seguem.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Mudar de proxy (não utilizado)
    .description = Reservado: este código foi utilizado num rascunho anterior do HTTP e já não é utilizado.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Redirecionamento temporário
    .description = O recurso está temporariamente noutro endereço e o cliente tem de repetir aí o pedido com o mesmo método e o mesmo corpo.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Redirecionamento permanente
    .description = O recurso tem um novo endereço permanente e o cliente tem de repetir aí o pedido com o mesmo método e o mesmo corpo.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Pedido inválido
    .description = O servidor não consegue processar o pedido devido a um erro do cliente, como sintaxe mal formada ou enquadramento de mensagem inválido.
    .advice = Verifique o endereço ou o formulário que submeteu e volte a tentar.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Não autorizado
    .description = O pedido não tem credenciais de autenticação válidas; o cabeçalho WWW-Authenticate indica como efetuar a autenticação.
    .advice = Inicie sessão e volte a tentar.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Pagamento necessário
    .description = Reservado para utilização futura. Alguns serviços enviam-no quando é necessário um pagamento ou uma subscrição.
    .advice = Este conteúdo pode exigir um pagamento ou uma subscrição.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Proibido
    .description = O servidor compreendeu o pedido, mas recusa-se a satisfazê-lo; voltar a iniciar sessão não altera isso.
    .advice = Não tem permissão para ver esta página.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Não encontrado
    .description = O servidor não encontrou nada neste endereço e não consegue dizer se alguma vez encontrará.
    .advice = Verifique se o endereço tem erros de escrita ou volte à página inicial.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Método não permitido
    .description = O recurso não suporta o método do pedido; o cabeçalho Allow indica os métodos que suporta.
    .advice = Esta ação não está disponível aqui. Volte atrás e tente de outra forma.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Não aceitável
    .description = O servidor não tem nenhuma representação do recurso que corresponda aos cabeçalhos Accept do pedido.
    .advice = Esta página não está disponível num formato ou idioma aceite pelo seu navegador.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Autenticação de proxy necessária
    .description = Semelhante ao 401, mas o cliente tem primeiro de se autenticar num proxy, conforme descrito no cabeçalho Proxy-Authenticate.
    .advice = Inicie sessão no proxy da sua rede e volte a tentar.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Tempo de espera do pedido esgotado
    .description = O servidor não recebeu um pedido completo dentro do tempo que estava disposto a esperar e fechou a ligação.
    .advice = A ligação demorou demasiado tempo. Volte a tentar.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Conflito
    .description = O pedido entra em conflito com o estado atual do recurso, por exemplo, uma edição baseada numa versão desatualizada.
    .advice = Alguém pode ter alterado este conteúdo ao mesmo tempo. Recarregue a página e volte a tentar.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Removido
    .description = O recurso foi removido intencionalmente e não voltará; as hiperligações para ele devem ser eliminadas.
    .advice = Esta página foi removida definitivamente.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Comprimento necessário
    .description = O servidor recusa um pedido que tem corpo mas não tem o cabeçalho Content-Length.
    .advice = O seu navegador enviou um pedido incompleto. Volte a tentar.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Pré-condição não cumprida
    .description = Uma condição nos cabeçalhos do pedido, como If-Match ou If-Unmodified-Since, foi avaliada como falsa no servidor.
    .advice = O conteúdo foi alterado desde que carregou a página. Recarregue-a e volte a tentar.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Conteúdo demasiado grande
    .description = O conteúdo do pedido é maior do que o servidor está disposto a processar ou é capaz de processar.
    .advice = O que enviou é demasiado grande. Experimente um ficheiro mais pequeno.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI demasiado longo
    .description = O URI de destino do pedido é mais longo do que o servidor está disposto a interpretar.
    .advice = O endereço é demasiado longo. Verifique-o ou recomece a partir da página inicial.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Tipo de conteúdo não suportado
    .description = O servidor não suporta o formato do conteúdo do pedido, indicado em Content-Type ou Content-Encoding.
    .advice = Este tipo de ficheiro não é suportado aqui.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Intervalo não satisfazível
    .description = Nenhum dos intervalos do cabeçalho Range do pedido se sobrepõe à extensão atual do recurso.
    .advice = A parte pedida do ficheiro não está disponível. Experimente transferi-lo novamente desde o início.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Expectativa não cumprida
    .description = O servidor não consegue cumprir a expectativa indicada no cabeçalho Expect do pedido.
    .advice = O seu navegador enviou um pedido que este servidor não consegue tratar. Volte a tentar.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Sou um bule de chá (não utilizado)
    .description = Reservado: uma partida do Dia das Mentiras, publicada como RFC 2324, tão difundida que o código não pode ser utilizado para mais nada.
    .advice = O servidor recusou este pedido com um código de estado que é uma piada.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Tenha calma
    .description = Não oficial (API antiga do Twitter): o cliente está a ser sujeito a limitação de taxa. Os servidores convencionais utilizam o 429.
    .advice = Demasiados pedidos em pouco tempo. Aguarde um momento e volte a tentar.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Pedido mal direcionado
    .description = O pedido chegou a um servidor que não está configurado para responder a este esquema e autoridade, muitas vezes através de uma ligação reutilizada.
    .advice = Volte a tentar. Se o problema persistir, reinicie o navegador.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Conteúdo não processável
    .description = O pedido está bem formado, mas o servidor não consegue processar o seu conteúdo, por exemplo, devido a erros de validação.
    .advice = Alguns dos dados que introduziu não são válidos. Verifique-os e volte a tentar.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Bloqueado
    .description = WebDAV: o recurso está bloqueado, pelo que não é possível aplicar-lhe este método.
    .advice = Este conteúdo está bloqueado porque outra pessoa está a trabalhar nele. Volte a tentar mais tarde.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Falha de dependência
    .description = WebDAV: não foi possível executar o método porque falhou outra ação de que ele depende.
    .advice = Não foi possível concluir o seu pedido porque um passo relacionado falhou. Volte a tentar.
# 425 Too Early, RFC 8470.
http-425 = Demasiado cedo
    .description = O servidor não está disposto a processar um pedido que possa ser repetido, por exemplo, um pedido enviado como dados antecipados do TLS.
    .advice = Volte a tentar daqui a pouco.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Atualização necessária
    .description = O servidor recusa o pedido no protocolo atual; o cabeçalho Upgrade indica o protocolo para o qual se deve mudar.
    .advice = O seu navegador precisa de um método de ligação mais recente. Atualize o navegador e volte a tentar.
# 428 Precondition Required, RFC 6585.
http-428 = Pré-condição necessária
    .description = O servidor exige que o pedido seja condicional, por exemplo, com If-Match, para evitar a perda de atualizações.
    .advice = Recarregue a página e volte a tentar.
# 429 Too Many Requests, RFC 6585.
http-429 = Demasiados pedidos
    .description = O cliente enviou demasiados pedidos num determinado período; um cabeçalho Retry-After pode indicar quanto tempo deve esperar.
    .advice = Fez demasiados pedidos. Aguarde um momento e volte a tentar.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Campos de cabeçalho do pedido demasiado grandes
    .description = O servidor recusa o pedido porque um campo de cabeçalho, ou todos eles em conjunto, são demasiado grandes.
    .advice = Apagar os cookies deste site no seu navegador pode ajudar. Depois, volte a tentar.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Tempo de sessão esgotado
    .description = Não oficial (Microsoft IIS): a sessão do cliente expirou e o utilizador tem de iniciar sessão novamente.
    .advice = A sua sessão expirou. Inicie sessão novamente.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Sem resposta
    .description = Não oficial (uso interno do nginx): o servidor fechou a ligação sem enviar qualquer resposta. O código surge nos registos, mas nunca é enviado aos clientes.
    .advice = O servidor fechou a ligação sem responder. Volte a tentar mais tarde.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Repetir com mais dados
    .description = Não oficial (Microsoft IIS): faltava informação no pedido, que deve ser repetido depois de o cliente a fornecer.
    .advice = Falta alguma informação. Volte a tentar.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Bloqueado pelo Controlo Parental do Windows
    .description = Não oficial (Microsoft): o Controlo Parental do Windows bloqueou o acesso à página pedida.
    .advice = O controlo parental deste computador bloqueou esta página.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Indisponível por motivos legais
    .description = O servidor está a negar o acesso ao recurso devido a uma exigência legal, como uma ordem judicial.
    .advice = Este conteúdo não está disponível para si por motivos legais.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Cabeçalho do pedido demasiado grande
    .description = Não oficial (nginx): o pedido ou uma das suas linhas de cabeçalho é demasiado grande; antecessor do 431.
    .advice = Apagar os cookies deste site no seu navegador pode ajudar. Depois, volte a tentar.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Erro de certificado SSL
    .description = Não oficial (nginx): o certificado de cliente apresentado para a autenticação de cliente TLS é inválido.
    .advice = O seu certificado de segurança não foi aceite. Contacte o administrador do site.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Certificado SSL necessário
    .description = Não oficial (nginx): o servidor exige um certificado de cliente TLS e o cliente não apresentou nenhum.
    .advice = Este site precisa de um certificado de segurança do seu dispositivo. Contacte o administrador do site.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Pedido HTTP enviado para a porta HTTPS
    .description = Não oficial (nginx): chegou um pedido HTTP sem cifragem a uma porta que espera HTTPS.
    .advice = Utilize um endereço que comece por https:// e volte a tentar.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Pedido cancelado pelo cliente
    .description = Não oficial (registos do nginx): o cliente fechou a ligação antes de o servidor conseguir enviar a resposta.
    .advice = O pedido foi cancelado antes de terminar. Volte a tentar.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Erro interno do servidor
    .description = O servidor deparou-se com uma condição inesperada que o impediu de satisfazer o pedido.
    .advice = Algo correu mal do nosso lado. Volte a tentar mais tarde.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Não implementado
    .description = O servidor não suporta a funcionalidade necessária para satisfazer o pedido, como um método de pedido desconhecido.
    .advice = Esta funcionalidade não está disponível neste site.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Gateway inválido
    .description = Um gateway ou proxy recebeu uma resposta inválida do servidor a montante que contactou.
    .advice = O site está a ter dificuldades em comunicar com um dos seus servidores. Volte a tentar dentro de alguns minutos.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Serviço indisponível
    .description = O servidor não consegue tratar o pedido neste momento devido a sobrecarga ou manutenção; um cabeçalho Retry-After pode indicar quando voltar a tentar.
    .advice = O site está temporariamente indisponível. Volte a tentar mais tarde.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Tempo de espera do gateway esgotado
    .description = Um gateway ou proxy não recebeu a tempo uma resposta do servidor a montante.
    .advice = O site está a demorar demasiado a responder. Volte a tentar dentro de alguns minutos.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Versão de HTTP não suportada
    .description = O servidor não suporta a versão principal do HTTP utilizada no pedido.
    .advice = O seu navegador utiliza um método de ligação que este servidor não suporta. Atualize o navegador e volte a tentar.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = A variante também negoceia
    .description = A negociação transparente de conteúdo está mal configurada no servidor: a variante escolhida está, ela própria, configurada para negociar.
    .advice = O site está mal configurado. Volte a tentar mais tarde.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Armazenamento insuficiente
    .description = WebDAV: o servidor não consegue armazenar o necessário para concluir o pedido.
    .advice = O servidor ficou sem espaço de armazenamento. Volte a tentar mais tarde.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Ciclo detetado
    .description = WebDAV: o servidor interrompeu a operação porque detetou um ciclo infinito, por exemplo, em vínculos com Depth infinito.
    .advice = O servidor entrou num ciclo sem fim ao tratar o seu pedido. Volte a tentar mais tarde.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Limite de largura de banda excedido
    .description = Não oficial (alojamento com Apache e cPanel): o site esgotou a largura de banda permitida pelo seu plano de alojamento.
    .advice = Este site excedeu o seu limite de tráfego. Volte a tentar mais tarde.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Não estendido
    .description = Obsoleto: o pedido não cumpriu a política de extensões da Estrutura de Extensões do HTTP, atualmente classificada como histórica.
    .advice = O servidor não conseguiu tratar este pedido. Volte a tentar mais tarde.
# 511 Network Authentication Required, RFC 6585.
http-511 = Autenticação de rede necessária
    .description = O cliente tem de se autenticar para obter acesso à rede, normalmente através da página de acesso de um portal cativo.
    .advice = Inicie sessão na rede a que está ligado, por exemplo, na página de acesso da rede Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = O servidor Web devolveu um erro desconhecido
    .description = Não oficial (Cloudflare): o servidor de origem devolveu uma resposta vazia, desconhecida ou inesperada.
    .advice = O servidor do site respondeu de forma inesperada. Volte a tentar dentro de alguns minutos.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = O servidor Web está em baixo
    .description = Não oficial (Cloudflare): o servidor de origem recusou a ligação.
    .advice = Neste momento, não é possível aceder ao servidor do site. Volte a tentar mais tarde.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Tempo de espera da ligação esgotado
    .description = Não oficial (Cloudflare): esgotou-se o tempo de espera da ligação TCP ao servidor de origem.
    .advice = O servidor do site demorou demasiado a responder. Volte a tentar mais tarde.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Origem inacessível
    .description = Não oficial (Cloudflare): a Cloudflare não conseguiu aceder ao servidor de origem, por exemplo, devido a um problema de DNS ou de encaminhamento.
    .advice = Neste momento, não é possível aceder ao servidor do site. Volte a tentar mais tarde.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Tempo de espera esgotado
    .description = Não oficial (Cloudflare): a ligação ao servidor de origem foi estabelecida, mas este não enviou uma resposta HTTP a tempo.
    .advice = O servidor do site demorou demasiado a responder. Volte a tentar mais tarde.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Falha na negociação SSL
    .description = Não oficial (Cloudflare): a negociação TLS entre a Cloudflare e o servidor de origem falhou.
    .advice = Não foi possível estabelecer uma ligação segura ao servidor do site. Volte a tentar mais tarde.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Certificado SSL inválido
    .description = Não oficial (Cloudflare): a Cloudflare não conseguiu validar o certificado TLS do servidor de origem.
    .advice = Não foi possível verificar o certificado de segurança do site. Volte a tentar mais tarde.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Erro de DNS da origem
    .description = Não oficial (Cloudflare): enviado juntamente com um erro 1xxx da Cloudflare, na maioria dos casos quando não é possível resolver o nome DNS do servidor de origem.
    .advice = Neste momento, não é possível aceder ao site. Volte a tentar mais tarde.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Tempo de espera de leitura da rede esgotado
    .description = Não oficial (convenção de alguns proxies): esgotou-se o tempo de espera ao ler a resposta do servidor a montante.
    .advice = O site demorou demasiado a responder. Volte a tentar mais tarde.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Tempo de espera de ligação à rede esgotado
    .description = Não oficial (convenção de alguns proxies): esgotou-se o tempo de espera ao estabelecer ligação ao servidor a montante.
    .advice = Não foi possível aceder ao site a tempo. Volte a tentar mais tarde.
