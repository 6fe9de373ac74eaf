http-404 = A
http-404 = B
