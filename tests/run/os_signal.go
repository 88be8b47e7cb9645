// os/signal: signals sent to the program itself with syscall.Kill reach the channels
// that asked for them (through the runtime, not in a handler); Stop, Ignore, Ignored,
// Reset and NotifyContext behave as Go's.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func self(sig syscall.Signal) {
	if err := syscall.Kill(syscall.Getpid(), sig); err != nil {
		fmt.Println("kill:", err)
	}
}

func expect(c chan os.Signal, what string) {
	select {
	case s := <-c:
		fmt.Printf("%s: got %v (%d)\n", what, s, s)
	case <-time.After(5 * time.Second):
		fmt.Printf("%s: nothing\n", what)
	}
}

func quiet(c chan os.Signal, what string) {
	select {
	case s := <-c:
		fmt.Printf("%s: unexpected %v\n", what, s)
	case <-time.After(50 * time.Millisecond):
		fmt.Printf("%s: nothing, as expected\n", what)
	}
}

func main() {
	c := make(chan os.Signal, 4)
	signal.Notify(c, syscall.SIGUSR1, syscall.SIGHUP)
	self(syscall.SIGUSR1)
	expect(c, "usr1")
	self(syscall.SIGHUP)
	expect(c, "hup")
	signal.Notify(c, syscall.SIGTERM, os.Interrupt)
	self(syscall.SIGTERM)
	expect(c, "term")
	self(syscall.SIGINT)
	expect(c, "int")

	// Two channels for one signal; one stops.
	d := make(chan os.Signal, 1)
	signal.Notify(d, syscall.SIGUSR1)
	self(syscall.SIGUSR1)
	expect(c, "usr1 to c")
	expect(d, "usr1 to d")
	signal.Stop(d)
	self(syscall.SIGUSR1)
	expect(c, "usr1 after Stop(d), c")
	quiet(d, "usr1 after Stop(d), d")

	// A full channel misses signals instead of blocking the delivery.
	full := make(chan os.Signal, 1)
	signal.Notify(full, syscall.SIGUSR2)
	self(syscall.SIGUSR2)
	time.Sleep(20 * time.Millisecond)
	self(syscall.SIGUSR2)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("full channel holds", len(full))
	<-full
	signal.Stop(full)

	// Ignore and Ignored.
	fmt.Println("ignored usr2:", signal.Ignored(syscall.SIGUSR2))
	signal.Ignore(syscall.SIGUSR2)
	fmt.Println("ignored usr2:", signal.Ignored(syscall.SIGUSR2))
	self(syscall.SIGUSR2) // would end the program if not ignored
	time.Sleep(20 * time.Millisecond)
	signal.Notify(c, syscall.SIGUSR2)
	fmt.Println("ignored after Notify:", signal.Ignored(syscall.SIGUSR2))
	self(syscall.SIGUSR2)
	expect(c, "usr2")
	signal.Reset(syscall.SIGUSR2)
	fmt.Println("ignored after Reset:", signal.Ignored(syscall.SIGUSR2))
	signal.Ignore(syscall.SIGHUP)
	self(syscall.SIGHUP)
	quiet(c, "hup after Ignore")
	signal.Reset()

	// NotifyContext.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	fmt.Println(ctx)
	self(syscall.SIGTERM)
	select {
	case <-ctx.Done():
		fmt.Println("context:", ctx.Err())
	case <-time.After(5 * time.Second):
		fmt.Println("context not done")
	}
	stop()
	ctx2, stop2 := signal.NotifyContext(context.Background())
	fmt.Println(ctx2, ctx2.Err())
	stop2()
	fmt.Println(ctx2.Err())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		signal.Notify(nil)
	}()
	fmt.Println(syscall.SIGUSR1, syscall.SIGWINCH, syscall.Signal(40))
}
