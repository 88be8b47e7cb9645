module multifile

go 1.23
