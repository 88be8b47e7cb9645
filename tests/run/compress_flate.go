package main

import (
	"bytes"
	"compress/flate"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
)

// sample is the text the streams below were compressed from (by Go's compress/flate).
func sample() []byte {
	words := []string{"alpha ", "beta ", "gamma ", "delta\n", "epsilon ", "zeta, ", "eta. "}
	var b []byte
	x := uint32(7)
	for len(b) < 3000 {
		x = x*1103515245 + 12345
		b = append(b, words[(x>>16)%7]...)
	}
	return b
}

// Streams written by Go's compressor at levels HuffmanOnly, 1, 6 and 9.
var goStreams = map[int]string{
	-2: "04c0c10984301484e1bb554c01c19efe9061155e34e09c52fd7ed4ba90c329afefaef75177d08f3991c3a91f73a2e10ac77668ea0e7238355ce17038355ce1e80ea2d685862b1cdd410ea71c4e75077507797d77bd8fa875a1eea0ee2087535edf5defa3eea0edd0f4634ef4634ed41de4f5ddf53e7238f5634ed41d345ce1e80eda0e4ddd41dba169b8c2315ce118ae70787d77bd8f7ecc891c4e6d87a61f7322afefaef711b52ee4f5ddf53efa3127f2faee7a1f51eb425edf5def238753d4ba90c3a9eea0edd0f4634e345ce1f0faee7a1f6d87a6edd044ad0b6d872687530ea7bcbebbde47c3150eafefaef791c3a9e10a87c329afefaef7d17668a2d685b64393c3a9edd0b41d9abcbebbde47c3150eafefaef751775077d07668f2faee7a1f6d87266a5d885a17f2faee7a1f797d77bd8f1c4e51eb42dba169b8c2e1f5ddf53e1aae7050eb42dba1e9c79c885a171aae700c5738a8752187535edf5defa3edd0e4f5ddf53eda0e4d5edf5defa3edd0b41d9a862b1cc3158eeea0e10a4777d08f3991c3a9e10ac7708563b8c2315ce1a0d685a875216a5d68b8c2e1f5ddf53eda0e4ddba1c9ebbbeb7db41d9aa875a11f73a2edd0e4f5ddf53eea0e7238355ce1d80e4d5edf5def238753dba1a93bc8e114b52ef4634ef4634eb41d9ab643d38f39d17668f2faee7a1f399cf2faee7a1ffd98136d87a61f732287533fe644dba1895a17fa31277238355ce1f0faee7a1f51eb42d4bad07085a33ba83b885a171aae7050eb42dd410ea77ecc891c4e0d5738b6435377d076687238f5634ed41df4634ee4f5ddf53e1aae70389c723845ad0b797d77bd8fb64393d777d7fb885a17fa3127a2d6857ecc89bcbebbde47d4ba90d777d7fb683b34399cfa3127ea0ef2faee7a1f797d77bd8f7ecc897ecc891c4e6d87a6eea0eea0edd0e4f5ddf53eda0e4ddba1e9c79cc8ebbbeb7dd41dd41d345ce1d80e4d3fe644dba1a93ba83be8c79c683b34399ca2d685ba83a875a1edd0b41d9abcbebbde47c3150e8753dd41dd41dd41d4ba90c32987535edf5def238753d4ba507790c3a9edd0e4f5ddf53ef2faee7a1f797d77bd8f1c4e0d5738bcbebbde470ea7862b1c0ea7862b1cdba1c9e194c3a9e10ac78f3991d777d7fbc8ebbbeb7db41d9a1c4e51eb42dd41d4bad0708563b8c241ad0b797d77bd8fb64313b52ed41df4634eb41d9aba83bcbebbde473fe644d4bad08f39517790d777d7fb68b8c2315ce1e80ea2d685b64313b52eb41d9a862b1cdd410ea77ecc897ecc89b64393c3298753c3150e87535edf5defa3edd0345ce1d80e4dd4ba507710b52ee4706a3b34750775070d5738b64393c3a91f73a21f73a2edd044ad0b399cea0e7238e5f5ddf53eda0e4d5edf5defa3eea0e10ac78f3991c3a9ee208753d4ba90c3296a5de8c79cc8ebbbeb7db41d9a1c4e51eb420ea7862b1c3fe6443fe644dd415edf5def238753d4bad08f39d1708563b8c2d11d345ce118ae70740751eb42c3158eedd0e4706ab8c2315ce1a0d685b643537710b52eb41d9a1c4e51eb42d4ba5077d07085a33b683b346d87a6edd0b41d9abcbebbde47c3158ee10a87d777d7fba83b68b8c2e1706a3b34fd98137507fd98130d5738b64393c329afefaef7d17668fa3127f2faee7a1f6d87266a5de8c79ce8c79ca83bc8ebbbeb7df4634ed41df4634eb41d9a1c4e6d87a6edd0345ce1a0d685a875a1ee206a5dc8e1d4708563b8c2e1f5ddf53eea0e1aae70787d77bd8f1c4e7507fd9813797d77bd8f7ecc89a87521afefaef7d1708563b8c2315ce1a0d685862b1cc3158eee208753dba1e9c79ca83be8c79c885a17fa3127ea0eea0eea0efa3127fa31271aae700c57387ecc89ba837ecc897ecc89a87521afefaef7517750775077d07085c3e114b52ee4f5ddf53e7238f5634ee4f5ddf53eda0e4d0ea7862b1cdd415edf5def2387530ea7a87521afefaef7517750775077d07668a2d685b643d37085a33be8c79c885a17da0e4ddba1a93be8c79c885a17ea0efa31271aae7050eb42dba1895a17fa3127f2faee7a1ffd030000ffff",
	1: "7cd25d6e13510c05e07756310b40ec6910a35229692b354fac1ecdf9ecc45781be1c7ccf9f3da1fbe5e3f7be1db7fdc7767c7cbe5ededfb69fc76ddf5ef6ebb578e3afe372dbbffd396efb778e64b0634c58292d440c813c03bd8e395420b616c358ea0c18ba3d090c7eec958cdb489bd82d0ad2c55a44fd28aeecd7575a2aca7efeac63bb98ed5d65199432270bea843517a9a8734dbba49f9ad0b0ad95aefadc19585d5e0a6127eeff9efb49cc6bb1d7d4fd0e182ac4a4aebb157ef5e25000f31163b42eb5d867b47922cfbad8aa9593b162d573c6d8baaa11500fe32c9b957c93e92352d38f69304736ea981b22aedf4986941c1798ac39745aacc828665b0cc6686c618d7db9503c01fdad5643fda1d2e4e7bceafdaaecf9272a92edadf6bf2418af58bc01efb67bc10ad57131077cd2f498230624b159ea6ba21969b037e88d3fce07c8440175531ec498f35e4befd619a94dffa0ce5f935a352711c0fab27bb21a86775c639483983585cbf9ca9585682781d3bcc8ca61044e45731e967c932ec81d3ac09bb1cf602198958f9df1d3c2066622061b21b3a28889645af7f62bba4a0df186cd34aa8ce5fadfff5542b38f5f6185e2996dfc304e230cc18df08d29414016e2c820e2e680710866647bc6be991536976051e75fb6f4f860230731becea39856ce8d14985d6d1a945153ca8dd066653035c6b83960b7c7b352f186b7afad5ed557ffbb9213e99349554a1daa27ac51c41cfa0148383b31f119a1a63e2ef203e473c8ea0ba5a0a32e8d20969a56c307d6a2981ea084c53cbaec9b224be2531c84f8cc985ff6eb75df8e8fcfd7cbfbdbf6370000ffff",
	6: "7c96514ec4300c44ff39450f80b853101520756125fac5e911f1eee6d933c94fd426a91dcf8c276dc7f5a36dfbd95eb6fdfaf3797c7f6daffbd9b6f776b9dce6e3f16d3fcef6f4bb9fed3976f4b598c5635f8aa09888f8ff437f8db95bbad88c79394b248d63c49802e0907d1e7971dc788c358ef7282898f9f229cb66bbd64300562921e78d9518e3ab781e90dd77e6ef2afc399e44621a1f703090773160a9542b26ca390dd70307aa847b4c39ab3725b6aa00d42affcccc71ce92032652e4f5da257915ac8c8d0cc69084cd84c9b24cf21dbda1c7a5849294a57fa5abd1b44821c5524ea54b730b51c8e81f4b3b4b48e5d876f4d9ab8409796566da13ce27c617c4810c8c1d89cf5135c05e746d36537ca3c65163a3406965e32e13c349a27ee48cd98c89a1422a353660da4c604b64aa24d2b258043156fbaae216b6d60e4c78a45a2b310154f3d66b65619508095957ab11d7997225ecce6e62469bb8f2e4570139550e404b2e37ba96ff05d0d1a9c260273f0490a0764002cf01aa066f14eccd416f3b295b989a9745c68c1fb3951c523c8070bac24cbab3daa10a4762b8c3955820cffc9d4da5ce22d205ab814ac2a58bf0c0a45116455c6a51f9ec7f010000ffff",
	9: "7c96514ec4300c44ff39450f80b853101520756125fac5e911f1eee6d933c94fd426a91dcf8c276dc7f5a36dfbd95eb6fdfaf3797c7f6daffbd9b6f776b9dce6e3f16d3fcef6f4bb9fed3976f4b598c5635f8aa09888f8ff437f8db95bbad88c79394b248d63c49802e0907d1e7971dc788c358ef7282898f9f229cb66bbd64300562921e78d9518e3ab781e90dd77e6ef2afc399e44621a1f703090773160a9542b26ca390dd70307aa847b4c39ab3725b6aa00d42affcccc71ce92032652e4f5da257915ac8c8d0cc69084cd84c9b24cf21dbda1c7a5849294a57fa5abd1b44821c5524ea54b730b51c8e81f4b3b4b48e5d876f4d9ab8409796566da13ce27c617c4810c8c1d89cf5135c05e746d36537ca3c65163a3406965e32e13c349a27ee48cd98c89a1422a353660da4c604b64aa24d2b258043156fbaae216b6d60e4c78a45a2b310154f3d66b65619508095957ab11d7997225ecce6e62469bb8f2e4570139550e404b2e37ba96ff05d0d1a9c260273f0490a0764002cf01aa066f14eccd416f3b295b989a9745c68c1fb3951c523c8070bac24cbab3daa10a4762b8c3955820cffc9d4da5ce22d205ab814ac2a58bf0c0a45116455c6a51f9ec7f010000ffff",
}

const goDictStream = "42622aa0ab00040000ffff"
const goFixedStream = "f248cdc9c9d75148cbac484d51f0284d4bcb4dcc5304040000ffff"

func unhex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func inflate(b []byte) ([]byte, error) {
	return io.ReadAll(flate.NewReader(bytes.NewReader(b)))
}

func deflate(level int, in []byte) []byte {
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, level)
	if err != nil {
		panic(err)
	}
	if _, err := w.Write(in); err != nil {
		panic(err)
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	return b.Bytes()
}

type lcg uint32

func (x *lcg) next() uint32 {
	*x = *x*1664525 + 1013904223
	return uint32(*x >> 8)
}

func main() {
	text := sample()
	fmt.Println("== decoding Go's streams")
	for _, lvl := range []int{-2, 1, 6, 9} {
		out, err := inflate(unhex(goStreams[lvl]))
		fmt.Println(lvl, len(out), bytes.Equal(out, text), err)
	}
	out, err := inflate(unhex(goFixedStream))
	fmt.Printf("fixed: %q %v\n", out, err)
	out, err = io.ReadAll(flate.NewReaderDict(bytes.NewReader(unhex(goDictStream)), []byte("alpha beta gamma delta")))
	fmt.Printf("dict: %q %v\n", out, err)
	out, err = inflate(unhex(goDictStream))
	fmt.Printf("dict stream without the dictionary: %q %v\n", out, err)

	fmt.Println("== round trips")
	var x lcg = 1
	random := make([]byte, 70000)
	for i := range random {
		random[i] = byte(x.next())
	}
	skewed := make([]byte, 70000)
	for i := range skewed {
		skewed[i] = "aaaaaaaabbbbccd\n"[x.next()%16]
	}
	long := []byte(strings.Repeat(string(text), 30))
	// Fibonacci frequencies, shuffled: Huffman codes deeper than 15 bits get limited.
	var fib []byte
	for s, a, b := 0, 1, 1; s < 24; s, a, b = s+1, b, a+b {
		fib = append(fib, bytes.Repeat([]byte{byte('A' + s)}, a)...)
	}
	for i := len(fib) - 1; i > 0; i-- {
		j := int(x.next()) % (i + 1)
		fib[i], fib[j] = fib[j], fib[i]
	}
	inputs := map[string][]byte{"empty": nil, "one": []byte("z"), "text": text, "random": random, "skewed": skewed, "long": long, "fib": fib}
	for _, name := range []string{"empty", "one", "text", "random", "skewed", "long", "fib"} {
		in := inputs[name]
		for lvl := -2; lvl <= 9; lvl++ {
			c := deflate(lvl, in)
			out, err := inflate(c)
			small := len(c) < len(in)/2
			fmt.Println(name, lvl, len(in), bytes.Equal(out, in), err, small)
		}
	}
	fmt.Printf("level 0: %x\n", deflate(0, []byte("stored bytes")))
	fmt.Printf("empty: %x %x\n", deflate(6, nil), deflate(-2, nil))

	fmt.Println("== flush")
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, 6)
	w.Write([]byte("first part, "))
	fmt.Println(w.Flush(), bytes.HasSuffix(b.Bytes(), []byte{0, 0, 0xff, 0xff}))
	r := flate.NewReader(bytes.NewReader(b.Bytes()))
	part := make([]byte, 12)
	_, err = io.ReadFull(r, part)
	fmt.Printf("%q %v\n", part, err)
	w.Write([]byte("second part"))
	w.Close()
	out, err = inflate(b.Bytes())
	fmt.Printf("%q %v\n", out, err)
	fmt.Println(w.Close())
	n, err := w.Write([]byte("late"))
	fmt.Println(n, err, w.Flush())

	fmt.Println("== reset")
	b.Reset()
	w.Reset(&b)
	w.Write([]byte("after reset"))
	w.Close()
	out, err = inflate(b.Bytes())
	fmt.Printf("%q %v\n", out, err)
	rd := flate.NewReader(bytes.NewReader(unhex(goFixedStream)))
	io.ReadAll(rd)
	fmt.Println(rd.(flate.Resetter).Reset(bytes.NewReader(unhex(goDictStream)), []byte("alpha beta gamma delta")))
	out, err = io.ReadAll(rd)
	fmt.Printf("%q %v %v\n", out, err, rd.Close())
	var db bytes.Buffer
	dw, _ := flate.NewWriterDict(&db, 9, text[:2000])
	dw.Write(text[1000:2500])
	dw.Close()
	out, err = io.ReadAll(flate.NewReaderDict(&db, text[:2000]))
	fmt.Println(bytes.Equal(out, text[1000:2500]), err, db.Len() < 400)

	fmt.Println("== errors")
	for _, s := range []string{"", "07", "000500000000", "010500faff6162", "f5ffff", "0300", "edc00101", "05e0"} {
		out, err := inflate(unhex(s))
		fmt.Printf("%q: %d %v\n", s, len(out), err)
	}
	_, err = flate.NewWriter(io.Discard, 10)
	fmt.Println(err)
	_, err = flate.NewWriter(io.Discard, -3)
	fmt.Println(err)
	var ce flate.CorruptInputError
	_, err = inflate([]byte{0xff})
	fmt.Println(errors.As(err, &ce), int64(ce), flate.InternalError("oops"))
	fmt.Println(&flate.ReadError{Offset: 9, Err: io.ErrClosedPipe}, &flate.WriteError{Offset: 2, Err: io.ErrShortWrite})
	good := unhex(goStreams[6])
	for i := 0; i < 60; i++ {
		bad := append([]byte(nil), good...)
		pos := int(x.next()) % len(bad)
		bad[pos] ^= byte(1 << (x.next() % 8))
		out, err := inflate(bad)
		fmt.Println("flip", pos, len(out), err)
	}
	for _, n := range []int{1, 2, 5, 10, 50, 200, len(good) - 1} {
		out, err := inflate(good[:n])
		fmt.Println("cut", n, len(out), err)
	}
}
