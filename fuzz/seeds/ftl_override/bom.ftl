http-404 = BOM
