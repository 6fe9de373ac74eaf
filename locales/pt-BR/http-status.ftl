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
http-unknown = Status desconhecido
    .description = O código não é um código de status HTTP válido; os códigos válidos são números de três dígitos de 100 a 599.
    .advice = Algo inesperado aconteceu. Tente novamente mais tarde.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informativo
    .description = Resposta provisória: o servidor recebeu a solicitação e ainda está trabalhando nela. A resposta final vem em seguida.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Sucesso
    .description = O servidor recebeu, entendeu e aceitou a solicitação.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Redirecionamento
    .description = O cliente precisa realizar mais uma ação para concluir a solicitação, geralmente acessar outro endereço indicado na resposta.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Erro do cliente
    .description = A solicitação contém um erro ou não pode ser atendida da forma como foi enviada; o cliente não deve repeti-la sem alterações.
    .advice = Verifique o endereço e o que você digitou e tente novamente.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Erro do servidor
    .description = O servidor não conseguiu atender a uma solicitação que parece válida.
    .advice = O problema é do nosso lado. Tente novamente em alguns minutos.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Continuar
    .description = O servidor recebeu os cabeçalhos da solicitação, e o cliente pode continuar enviando o corpo da solicitação.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Trocando de protocolo
    .description = O servidor aceita a troca que o cliente pediu no cabeçalho Upgrade e passa a usar o protocolo indicado na resposta, por exemplo, WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Processando
    .description = WebDAV: o servidor aceitou a solicitação, que ainda está em processamento, por isso o cliente não deve encerrá-la por tempo limite esgotado.
# 103 Early Hints, RFC 8297.
http-103 = Dicas antecipadas
    .description = Enviado antes da resposta final para que o cliente possa começar a pré-carregar os recursos indicados nos cabeçalhos Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Retomada de envio suportada
    .description = O servidor suporta envios retomáveis e informa ao cliente onde ele pode retomar um envio interrompido. Este código tem apenas registro provisório.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = A solicitação foi bem-sucedida. O conteúdo da resposta depende do método da solicitação.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Criado
    .description = A solicitação foi bem-sucedida e criou um ou mais recursos novos, geralmente identificados pelo cabeçalho Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Aceito
    .description = A solicitação foi aceita para processamento, mas o processamento ainda não terminou e pode falhar.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Informação não autoritativa
    .description = A solicitação foi bem-sucedida, mas um proxy de transformação modificou o conteúdo enviado pelo servidor de origem.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Sem conteúdo
    .description = A solicitação foi bem-sucedida e não há conteúdo para enviar no corpo da resposta.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Redefinir conteúdo
    .description = A solicitação foi bem-sucedida, e o cliente deve redefinir o formulário ou a visualização que a enviou, por exemplo, para permitir que novos dados sejam digitados.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Conteúdo parcial
    .description = O servidor está enviando apenas as partes do recurso que o cliente pediu com um cabeçalho Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Status múltiplos
    .description = WebDAV: o corpo é um documento XML com um status separado para cada um de vários recursos.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Já relatado
    .description = WebDAV: os membros desta coleção já foram listados antes na mesma resposta e não são repetidos.
# 226 IM Used, RFC 3229.
http-226 = IM usado
    .description = O servidor atendeu a uma solicitação GET com codificação delta: a resposta é o resultado de manipulações de instância aplicadas ao recurso atual.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Múltiplas escolhas
    .description = O recurso está disponível em várias representações, e o cliente, ou o usuário, pode escolher uma delas.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Movido permanentemente
    .description = O recurso tem um novo endereço permanente, informado no cabeçalho Location; as referências a ele devem ser atualizadas para esse endereço.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Encontrado
    .description = O recurso está temporariamente em outro endereço, informado no cabeçalho Location. Ao seguir esse redirecionamento, os clientes costumam trocar POST por GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Ver outro
    .description = O cliente deve buscar outro recurso, indicado no cabeçalho Location, com uma solicitação GET, por exemplo, uma página de resultado após o envio de um formulário.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Não modificado
    .description = Uma solicitação GET ou HEAD condicional constatou que o recurso não mudou, então o cliente pode usar sua cópia em cache.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Usar proxy
    .description = Descontinuado: antigamente pedia ao cliente que repetisse a solicitação por meio de um proxy. Por motivos de segurança, os clientes não o seguem mais.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Trocar proxy (sem uso)
    .description = Reservado: este código foi usado em um rascunho anterior do HTTP e não é mais usado.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Redirecionamento temporário
    .description = O recurso está temporariamente em outro endereço, e o cliente deve repetir a solicitação lá com o mesmo método e o mesmo corpo.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Redirecionamento permanente
    .description = O recurso tem um novo endereço permanente, e o cliente deve repetir a solicitação lá com o mesmo método e o mesmo corpo.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Solicitação inválida
    .description = O servidor não pode processar a solicitação devido a um erro do cliente, como sintaxe malformada ou enquadramento de mensagem inválido.
    .advice = Verifique o endereço ou o formulário que você enviou e tente novamente.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Não autorizado
    .description = A solicitação não tem credenciais de autenticação válidas; o cabeçalho WWW-Authenticate informa como se autenticar.
    .advice = Entre na sua conta e tente novamente.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Pagamento necessário
    .description = Reservado para uso futuro. Alguns serviços o enviam quando é preciso fazer um pagamento ou ter uma assinatura.
    .advice = Este conteúdo pode exigir um pagamento ou uma assinatura.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Proibido
    .description = O servidor entendeu a solicitação, mas se recusa a atendê-la; entrar novamente na conta não vai mudar isso.
    .advice = Você não tem permissão para ver esta página.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Não encontrado
    .description = O servidor não encontrou nada neste endereço e não tem como dizer se algum dia vai encontrar.
    .advice = Verifique se há erros de digitação no endereço ou volte para a página inicial.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Método não permitido
    .description = O recurso não suporta o método da solicitação; o cabeçalho Allow lista os métodos que ele suporta.
    .advice = Esta ação não está disponível aqui. Volte e tente de outra forma.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Não aceitável
    .description = O servidor não tem nenhuma representação do recurso que corresponda aos cabeçalhos Accept da solicitação.
    .advice = Esta página não está disponível em um formato ou idioma aceito pelo seu navegador.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Autenticação de proxy necessária
    .description = Semelhante ao 401, mas o cliente precisa primeiro se autenticar em um proxy, conforme descrito no cabeçalho Proxy-Authenticate.
    .advice = Faça a autenticação no proxy da sua rede e tente novamente.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Tempo limite da solicitação esgotado
    .description = O servidor não recebeu uma solicitação completa dentro do tempo que estava disposto a esperar e encerrou a conexão.
    .advice = A conexão demorou demais. Tente novamente.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Conflito
    .description = A solicitação entra em conflito com o estado atual do recurso, por exemplo, uma edição baseada em uma versão desatualizada.
    .advice = Alguém pode ter alterado este conteúdo ao mesmo tempo. Recarregue a página e tente novamente.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Removido
    .description = O recurso foi removido de propósito e não vai voltar; as referências a ele devem ser excluídas.
    .advice = Esta página foi removida definitivamente.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Comprimento necessário
    .description = O servidor recusa uma solicitação que tem corpo, mas não tem o cabeçalho Content-Length.
    .advice = Seu navegador enviou uma solicitação incompleta. Tente novamente.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Pré-condição não atendida
    .description = Uma condição nos cabeçalhos da solicitação, como If-Match ou If-Unmodified-Since, foi avaliada como falsa no servidor.
    .advice = O conteúdo mudou desde que você carregou a página. Recarregue a página e tente novamente.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Conteúdo muito grande
    .description = O conteúdo da solicitação é maior do que o servidor está disposto a processar ou é capaz de processar.
    .advice = O que você enviou é grande demais. Tente um arquivo menor.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI muito longo
    .description = O URI de destino da solicitação é mais longo do que o servidor está disposto a interpretar.
    .advice = O endereço é longo demais. Verifique-o ou comece de novo pela página inicial.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Tipo de mídia não suportado
    .description = O servidor não suporta o formato do conteúdo da solicitação, indicado em Content-Type ou Content-Encoding.
    .advice = Este tipo de arquivo não é aceito aqui.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Intervalo não atendível
    .description = Nenhum dos intervalos do cabeçalho Range da solicitação se sobrepõe à extensão atual do recurso.
    .advice = A parte solicitada do arquivo não está disponível. Tente baixá-lo de novo desde o início.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Expectativa não atendida
    .description = O servidor não consegue atender à expectativa indicada no cabeçalho Expect da solicitação.
    .advice = Seu navegador enviou uma solicitação que este servidor não consegue tratar. Tente novamente.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Sou um bule de chá (sem uso)
    .description = Reservado: uma brincadeira de Dia da Mentira, publicada como RFC 2324, que se espalhou tanto que o código não pode ser usado para mais nada.
    .advice = O servidor recusou esta solicitação com um código de status de brincadeira.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Um pouco de calma, por favor
    .description = Não oficial (API antiga do Twitter): o cliente está sofrendo limitação de taxa. Servidores padrão usam o 429 no lugar dele.
    .advice = Muitas solicitações em pouco tempo. Aguarde um momento e tente novamente.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Solicitação mal direcionada
    .description = A solicitação chegou a um servidor que não está configurado para responder a este esquema e autoridade, muitas vezes por meio de uma conexão reutilizada.
    .advice = Tente novamente. Se o problema continuar, reinicie o navegador.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Conteúdo não processável
    .description = A solicitação está bem formada, mas o servidor não consegue processar o conteúdo dela, por exemplo, por causa de erros de validação.
    .advice = Alguns dados que você informou não são válidos. Confira e tente novamente.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Bloqueado
    .description = WebDAV: o recurso está bloqueado, então este método não pode ser aplicado a ele.
    .advice = Este conteúdo está bloqueado porque outra pessoa está trabalhando nele. Tente novamente mais tarde.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Falha de dependência
    .description = WebDAV: o método não pôde ser executado porque falhou outra ação da qual ele depende.
    .advice = Não foi possível concluir sua solicitação porque uma etapa relacionada falhou. Tente novamente.
# 425 Too Early, RFC 8470.
http-425 = Cedo demais
    .description = O servidor não está disposto a processar uma solicitação que pode ser repetida, por exemplo, uma enviada como dados antecipados do TLS.
    .advice = Tente novamente daqui a pouco.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Atualização necessária
    .description = O servidor recusa a solicitação no protocolo atual; o cabeçalho Upgrade indica para qual protocolo mudar.
    .advice = Seu navegador precisa de um método de conexão mais recente. Atualize o navegador e tente novamente.
# 428 Precondition Required, RFC 6585.
http-428 = Pré-condição necessária
    .description = O servidor exige que a solicitação seja condicional, por exemplo, com If-Match, para evitar a perda de atualizações.
    .advice = Recarregue a página e tente novamente.
# 429 Too Many Requests, RFC 6585.
http-429 = Muitas solicitações
    .description = O cliente enviou solicitações demais em um determinado período; um cabeçalho Retry-After pode indicar quanto tempo esperar.
    .advice = Você fez solicitações demais. Aguarde um momento e tente novamente.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Campos de cabeçalho da solicitação muito grandes
    .description = O servidor recusa a solicitação porque um campo de cabeçalho, ou todos eles juntos, são grandes demais.
    .advice = Limpar os cookies deste site no seu navegador pode ajudar. Depois, tente novamente.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Tempo de sessão esgotado
    .description = Não oficial (Microsoft IIS): a sessão do cliente expirou, e o usuário precisa entrar novamente.
    .advice = Sua sessão expirou. Entre novamente na sua conta.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Sem resposta
    .description = Não oficial (uso interno do nginx): o servidor encerrou a conexão sem enviar nenhuma resposta. O código aparece nos registros, mas nunca é enviado aos clientes.
    .advice = O servidor encerrou a conexão sem responder. Tente novamente mais tarde.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Tentar novamente com mais dados
    .description = Não oficial (Microsoft IIS): faltavam informações na solicitação, que deve ser repetida depois que o cliente as fornecer.
    .advice = Faltam algumas informações. Tente novamente.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Bloqueado pelo Controle dos Pais do Windows
    .description = Não oficial (Microsoft): o Controle dos Pais do Windows bloqueou o acesso à página solicitada.
    .advice = O controle dos pais deste computador bloqueou esta página.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Indisponível por motivos legais
    .description = O servidor está negando acesso ao recurso por causa de uma exigência legal, como uma ordem judicial.
    .advice = Este conteúdo não está disponível para você por motivos legais.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Cabeçalho da solicitação muito grande
    .description = Não oficial (nginx): a solicitação ou uma das suas linhas de cabeçalho é grande demais; antecessor do 431.
    .advice = Limpar os cookies deste site no seu navegador pode ajudar. Depois, tente novamente.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Erro de certificado SSL
    .description = Não oficial (nginx): o certificado de cliente apresentado para a autenticação de cliente TLS é inválido.
    .advice = Seu certificado de segurança não foi aceito. Entre em contato com o administrador do site.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Certificado SSL necessário
    .description = Não oficial (nginx): o servidor exige um certificado de cliente TLS, e o cliente não apresentou nenhum.
    .advice = Este site precisa de um certificado de segurança do seu dispositivo. Entre em contato com o administrador do site.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Solicitação HTTP enviada para a porta HTTPS
    .description = Não oficial (nginx): uma solicitação HTTP sem criptografia chegou a uma porta que espera HTTPS.
    .advice = Use um endereço que comece com https:// e tente novamente.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Solicitação cancelada pelo cliente
    .description = Não oficial (registros do nginx): o cliente encerrou a conexão antes que o servidor pudesse enviar a resposta.
    .advice = A solicitação foi cancelada antes de terminar. Tente novamente.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Erro interno do servidor
    .description = O servidor encontrou uma condição inesperada que o impediu de atender à solicitação.
    .advice = Algo deu errado do nosso lado. Tente novamente mais tarde.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Não implementado
    .description = O servidor não suporta a funcionalidade necessária para atender à solicitação, como um método de solicitação desconhecido.
    .advice = Esta função não está disponível neste site.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Gateway inválido
    .description = Um gateway ou proxy recebeu uma resposta inválida do servidor a montante que ele contatou.
    .advice = O site está com problemas para se comunicar com um dos seus servidores. Tente novamente em alguns minutos.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Serviço indisponível
    .description = O servidor não pode atender à solicitação no momento por sobrecarga ou manutenção; um cabeçalho Retry-After pode indicar quando tentar novamente.
    .advice = O site está temporariamente indisponível. Tente novamente mais tarde.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Tempo limite do gateway esgotado
    .description = Um gateway ou proxy não recebeu a tempo uma resposta do servidor a montante.
    .advice = O site está demorando demais para responder. Tente novamente em alguns minutos.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Versão HTTP não suportada
    .description = O servidor não suporta a versão principal do HTTP usada na solicitação.
    .advice = Seu navegador usa um método de conexão que este servidor não suporta. Atualize o navegador e tente novamente.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Variante também negocia
    .description = A negociação transparente de conteúdo está mal configurada no servidor: a variante escolhida também está configurada para negociar.
    .advice = O site está mal configurado. Tente novamente mais tarde.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Armazenamento insuficiente
    .description = WebDAV: o servidor não consegue armazenar o que é necessário para concluir a solicitação.
    .advice = O servidor ficou sem espaço de armazenamento. Tente novamente mais tarde.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Laço detectado
    .description = WebDAV: o servidor interrompeu a operação porque encontrou um laço infinito, por exemplo, em vínculos com Depth infinito.
    .advice = O servidor entrou em um ciclo sem fim ao processar sua solicitação. Tente novamente mais tarde.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Limite de largura de banda excedido
    .description = Não oficial (hospedagem com Apache e cPanel): o site esgotou a largura de banda permitida pelo seu plano de hospedagem.
    .advice = Este site excedeu seu limite de tráfego. Tente novamente mais tarde.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Não estendido
    .description = Obsoleto: a solicitação não atendeu à política de extensões da Estrutura de Extensões do HTTP, hoje classificada como histórica.
    .advice = O servidor não conseguiu tratar esta solicitação. Tente novamente mais tarde.
# 511 Network Authentication Required, RFC 6585.
http-511 = Autenticação de rede necessária
    .description = O cliente precisa se autenticar para obter acesso à rede, normalmente pela página de acesso de um portal cativo.
    .advice = Entre na rede à qual você está conectado, por exemplo, pela página de acesso do Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = O servidor web retornou um erro desconhecido
    .description = Não oficial (Cloudflare): o servidor de origem retornou uma resposta vazia, desconhecida ou inesperada.
    .advice = O servidor do site respondeu de forma inesperada. Tente novamente em alguns minutos.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = O servidor web está fora do ar
    .description = Não oficial (Cloudflare): o servidor de origem recusou a conexão.
    .advice = Não é possível acessar o servidor do site no momento. Tente novamente mais tarde.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Tempo limite da conexão esgotado
    .description = Não oficial (Cloudflare): o tempo limite da conexão TCP com o servidor de origem se esgotou.
    .advice = O servidor do site demorou demais para responder. Tente novamente mais tarde.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Origem inacessível
    .description = Não oficial (Cloudflare): a Cloudflare não conseguiu acessar o servidor de origem, por exemplo, por um problema de DNS ou de roteamento.
    .advice = Não é possível acessar o servidor do site no momento. Tente novamente mais tarde.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Tempo limite esgotado
    .description = Não oficial (Cloudflare): a conexão com o servidor de origem foi estabelecida, mas ele não enviou uma resposta HTTP a tempo.
    .advice = O servidor do site demorou demais para responder. Tente novamente mais tarde.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Falha na negociação SSL
    .description = Não oficial (Cloudflare): a negociação TLS entre a Cloudflare e o servidor de origem falhou.
    .advice = Não foi possível estabelecer uma conexão segura com o servidor do site. Tente novamente mais tarde.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Certificado SSL inválido
    .description = Não oficial (Cloudflare): a Cloudflare não conseguiu validar o certificado TLS do servidor de origem.
    .advice = Não foi possível verificar o certificado de segurança do site. Tente novamente mais tarde.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Erro de DNS da origem
    .description = Não oficial (Cloudflare): enviado junto com um erro 1xxx da Cloudflare, na maioria das vezes quando o nome DNS do servidor de origem não pode ser resolvido.
    .advice = Não é possível acessar o site no momento. Tente novamente mais tarde.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Tempo limite de leitura da rede esgotado
    .description = Não oficial (convenção de alguns proxies): o tempo limite para ler a resposta do servidor a montante se esgotou.
    .advice = O site demorou demais para responder. Tente novamente mais tarde.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Tempo limite de conexão da rede esgotado
    .description = Não oficial (convenção de alguns proxies): o tempo limite para se conectar ao servidor a montante se esgotou.
    .advice = Não foi possível acessar o site a tempo. Tente novamente mais tarde.
