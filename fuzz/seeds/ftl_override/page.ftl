page-error-label = Fehler { $code }
