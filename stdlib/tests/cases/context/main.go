// Compares mg/context with the real context package (texts, values, causes,
// propagation and timing behaviour).
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	mg "mg/context"
	mgerrors "mg/errors"
	mgtime "mg/time"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%v", got), fmt.Sprintf("%v", want)
	if g == w {
		pass++
		return
	}
	if shown < 30 {
		shown++
		fmt.Printf("FAIL %s:\n   got %s\n  want %s\n", what, g, w)
	}
}

func pt(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return
}

type key string

type myCtx struct{ mg.Context }

func closed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func main() {
	check("Background", fmt.Sprint(mg.Background()), fmt.Sprint(context.Background()))
	check("TODO", fmt.Sprint(mg.TODO()), fmt.Sprint(context.TODO()))
	check("errors", mg.Canceled.Error()+"|"+mg.DeadlineExceeded.Error(), context.Canceled.Error()+"|"+context.DeadlineExceeded.Error())
	check("DeadlineExceeded timeout", mg.DeadlineExceeded.(interface{ Timeout() bool }).Timeout(), true)

	// WithCancel and propagation.
	m1, mc1 := mg.WithCancel(mg.Background())
	r1, rc1 := context.WithCancel(context.Background())
	m2 := mg.WithValue(m1, key("k"), "v")
	r2 := context.WithValue(r1, key("k"), "v")
	m3, mc3 := mg.WithCancel(m2)
	r3, rc3 := context.WithCancel(r2)
	defer mc3()
	defer rc3()
	check("String", fmt.Sprint(m3), fmt.Sprint(r3))
	check("Value", fmt.Sprint(m3.Value(key("k")), m3.Value(key("x")), m3.Value("k")), fmt.Sprint(r3.Value(key("k")), r3.Value(key("x")), r3.Value("k")))
	check("before cancel", fmt.Sprint(m3.Err(), closed(m3.Done()), mg.Cause(m3)), fmt.Sprint(r3.Err(), closed(r3.Done()), context.Cause(r3)))
	mc1()
	rc1()
	<-m3.Done()
	check("after cancel", fmt.Sprint(m3.Err(), closed(m3.Done()), mg.Cause(m3), m1.Err()), fmt.Sprint(r3.Err(), closed(r3.Done()), context.Cause(r3), r1.Err()))
	// Child of an already canceled parent.
	m4, mc4 := mg.WithCancel(m1)
	r4, rc4 := context.WithCancel(r1)
	check("child of canceled", fmt.Sprint(m4.Err()), fmt.Sprint(r4.Err()))
	mc4()
	rc4()

	// Causes.
	boom := errors.New("boom")
	mboom := mgerrors.New("boom")
	m5, mc5 := mg.WithCancelCause(mg.Background())
	r5, rc5 := context.WithCancelCause(context.Background())
	m6, mc6 := mg.WithCancel(m5)
	r6, rc6 := context.WithCancel(r5)
	defer mc6()
	defer rc6()
	mc5(mboom)
	rc5(boom)
	check("cause", fmt.Sprint(m5.Err(), mg.Cause(m5), m6.Err(), mg.Cause(m6)), fmt.Sprint(r5.Err(), context.Cause(r5), r6.Err(), context.Cause(r6)))
	mc5(mgerrors.New("second"))
	check("cause stays", fmt.Sprint(mg.Cause(m5)), "boom")
	m7, mc7 := mg.WithCancelCause(mg.Background())
	mc7(nil)
	check("nil cause", fmt.Sprint(mg.Cause(m7)), "context canceled")
	check("Cause background", fmt.Sprint(mg.Cause(mg.Background())), fmt.Sprint(context.Cause(context.Background())))

	// Deadlines.
	m8, mc8 := mg.WithTimeout(mg.Background(), 20*mgtime.Millisecond)
	r8, rc8 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer mc8()
	defer rc8()
	_, ok := m8.Deadline()
	check("deadline set", ok, true)
	check("String deadline", strings.HasPrefix(fmt.Sprint(m8), "context.Background.WithDeadline("), true)
	<-m8.Done()
	<-r8.Done()
	check("timeout", fmt.Sprint(m8.Err(), mg.Cause(m8), errors.Is(m8.Err(), mg.DeadlineExceeded)), fmt.Sprint(r8.Err(), context.Cause(r8), errors.Is(r8.Err(), context.DeadlineExceeded)))
	m9, mc9 := mg.WithDeadlineCause(mg.Background(), mgtime.Now().Add(-mgtime.Second), mboom)
	r9, rc9 := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), boom)
	check("past deadline", fmt.Sprint(m9.Err(), mg.Cause(m9)), fmt.Sprint(r9.Err(), context.Cause(r9)))
	mc9()
	rc9()
	// A later deadline under an earlier one keeps the earlier.
	m10, mc10 := mg.WithTimeout(mg.Background(), mgtime.Hour)
	m11, mc11 := mg.WithTimeout(m10, 2*mgtime.Hour)
	d10, _ := m10.Deadline()
	d11, _ := m11.Deadline()
	check("earlier deadline kept", d10.Equal(d11), true)
	check("String WithCancel under deadline", strings.HasSuffix(fmt.Sprint(m11), ".WithCancel"), true)
	mc11()
	mc10()
	m12, mc12 := mg.WithTimeoutCause(mg.Background(), mgtime.Millisecond, mboom)
	<-m12.Done()
	check("timeout cause", fmt.Sprint(mg.Cause(m12)), "boom")
	mc12()

	// WithoutCancel.
	m13, mc13 := mg.WithCancel(mg.WithValue(mg.Background(), key("a"), 1))
	r13, rc13 := context.WithCancel(context.WithValue(context.Background(), key("a"), 1))
	m14 := mg.WithoutCancel(m13)
	r14 := context.WithoutCancel(r13)
	mc13()
	rc13()
	check("WithoutCancel", fmt.Sprint(m14.Err(), m14.Done() == nil, m14.Value(key("a")), mg.Cause(m14), m14), fmt.Sprint(r14.Err(), r14.Done() == nil, r14.Value(key("a")), context.Cause(r14), r14))

	// AfterFunc.
	m15, mc15 := mg.WithCancel(mg.Background())
	ran := make(chan bool, 2)
	stop := mg.AfterFunc(m15, func() { ran <- true })
	stop2 := mg.AfterFunc(m15, func() { ran <- false })
	check("stop before", stop2(), true)
	check("stop twice", stop2(), false)
	mc15()
	check("AfterFunc ran", <-ran, true)
	check("stop after", stop(), false)
	m16, mc16 := mg.WithCancel(mg.Background())
	mc16()
	mg.AfterFunc(m16, func() { ran <- true })
	check("AfterFunc canceled", <-ran, true)

	// Custom parent: propagation through a goroutine.
	m17, mc17 := mg.WithCancel(mg.Background())
	m18, mc18 := mg.WithCancel(myCtx{m17})
	defer mc18()
	mc17()
	<-m18.Done()
	check("custom parent", m18.Err(), "context canceled")

	// Panics.
	check("nil parent", pt(func() { mg.WithCancel(nil) }), pt(func() { context.WithCancel(nil) }))
	check("nil key", pt(func() { mg.WithValue(mg.Background(), nil, 1) }), pt(func() { context.WithValue(context.Background(), nil, 1) }))
	check("uncomparable key", pt(func() { mg.WithValue(mg.Background(), []int{1}, 1) }), pt(func() { context.WithValue(context.Background(), []int{1}, 1) }))
	check("String value", fmt.Sprint(mg.WithValue(mg.TODO(), 1, []int{2})), fmt.Sprint(context.WithValue(context.TODO(), 1, []int{2})))
	fmt.Printf("PASS %d/%d\n", pass, total)
}
