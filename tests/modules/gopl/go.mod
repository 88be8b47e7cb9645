module gopl.io

go 1.21
