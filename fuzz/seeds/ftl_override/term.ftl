http-404 = A
    .advice = B
-term = T
http-500 = { -term }
