module example.com/usecache

go 1.23

require (
	example.org/greet v1.0.0
	example.org/absent v1.2.0
)
