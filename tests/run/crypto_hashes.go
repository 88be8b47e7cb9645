// crypto/md5, sha1, sha256, sha512 (all variants), hmac and subtle: test vectors,
// streaming writes at every split, Sum appending, Reset, the crypto.Hash registry and
// the MarshalBinary state.
package main

import (
	"bytes"
	"crypto"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"strings"
)

var inputs = []string{
	"",
	"a",
	"abc",
	"message digest",
	"abcdefghijklmnopqrstuvwxyz",
	"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
	strings.Repeat("0123456789", 8),
	strings.Repeat("x", 55),
	strings.Repeat("x", 56),
	strings.Repeat("x", 63),
	strings.Repeat("x", 64),
	strings.Repeat("x", 111),
	strings.Repeat("x", 112),
	strings.Repeat("x", 127),
	strings.Repeat("x", 128),
	strings.Repeat("x", 129),
}

type named struct {
	name string
	new  func() hash.Hash
}

var hashes = []named{
	{"md5", md5.New}, {"sha1", sha1.New}, {"sha224", sha256.New224}, {"sha256", sha256.New},
	{"sha384", sha512.New384}, {"sha512", sha512.New}, {"sha512/224", sha512.New512_224},
	{"sha512/256", sha512.New512_256},
}

func main() {
	for _, in := range inputs {
		fmt.Printf("%q (%d bytes)\n", short(in), len(in))
		fmt.Printf("  md5        %x\n", md5.Sum([]byte(in)))
		fmt.Printf("  sha1       %x\n", sha1.Sum([]byte(in)))
		fmt.Printf("  sha224     %x\n", sha256.Sum224([]byte(in)))
		fmt.Printf("  sha256     %x\n", sha256.Sum256([]byte(in)))
		fmt.Printf("  sha384     %x\n", sha512.Sum384([]byte(in)))
		fmt.Printf("  sha512     %x\n", sha512.Sum512([]byte(in)))
		fmt.Printf("  sha512/224 %x\n", sha512.Sum512_224([]byte(in)))
		fmt.Printf("  sha512/256 %x\n", sha512.Sum512_256([]byte(in)))
	}

	// One million 'a's, written in uneven pieces.
	million := bytes.Repeat([]byte("a"), 1000000)
	for _, h := range hashes {
		d := h.new()
		for rest, step := million, 1; len(rest) > 0; step = step*3%1000 + 1 {
			n := min(step, len(rest))
			d.Write(rest[:n])
			rest = rest[n:]
		}
		fmt.Printf("%-10s million a: %x size %d block %d\n", h.name, d.Sum(nil), d.Size(), d.BlockSize())
	}

	// Every split point of a 300-byte message gives the one-shot digest; Sum does not
	// change the state and appends to its argument; Reset starts over.
	msg := make([]byte, 300)
	for i := range msg {
		msg[i] = byte(i * 7)
	}
	for _, h := range hashes {
		whole := h.new()
		whole.Write(msg)
		want := whole.Sum(nil)
		bad := 0
		for cut := 0; cut <= len(msg); cut++ {
			d := h.new()
			d.Write(msg[:cut])
			d.Sum(nil)
			d.Write(msg[cut:])
			if !bytes.Equal(d.Sum(nil), want) {
				bad++
			}
		}
		prefixed := whole.Sum([]byte("prefix:"))
		whole.Reset()
		io.WriteString(whole, "abc")
		fmt.Printf("%-10s splits wrong: %d, prefix kept: %v, after reset: %x\n", h.name, bad, bytes.HasPrefix(prefixed, []byte("prefix:")) && bytes.Equal(prefixed[7:], want), whole.Sum(nil))
	}

	// The state survives MarshalBinary / UnmarshalBinary mid-message.
	for _, h := range hashes {
		d := h.new()
		d.Write(msg[:150])
		state, err := d.(encoding.BinaryMarshaler).MarshalBinary()
		fresh := h.new()
		uerr := fresh.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
		fresh.Write(msg[150:])
		d.Write(msg[150:])
		fmt.Printf("%-10s state %d bytes %x... %v %v resumed ok: %v\n", h.name, len(state), state[:12], err, uerr, bytes.Equal(fresh.Sum(nil), d.Sum(nil)))
		fmt.Println("  ", fresh.(encoding.BinaryUnmarshaler).UnmarshalBinary(state[:len(state)-1]), fresh.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("nonsense")))
	}

	// The crypto.Hash registry.
	for h := crypto.MD4; h <= crypto.BLAKE2b_512; h++ {
		line := fmt.Sprintf("%d %s size %d available %v", uint(h), h, h.Size(), h.Available())
		if h.Available() {
			line += fmt.Sprintf(" %x", h.New().Sum(nil)[:4])
		}
		fmt.Println(line)
	}
	fmt.Println(crypto.Hash(99).String(), crypto.SHA256.HashFunc())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		crypto.MD4.New()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		crypto.Hash(99).Size()
	}()

	// HMAC (RFC 4231 test case 2, and keys longer than a block).
	for _, h := range hashes {
		m := hmac.New(h.new, []byte("Jefe"))
		m.Write([]byte("what do ya want for nothing?"))
		sum := m.Sum(nil)
		long := hmac.New(h.new, bytes.Repeat([]byte{0xaa}, 131))
		long.Write([]byte("Test Using Larger Than Block-Size Key - Hash Key First"))
		m.Reset()
		m.Write([]byte("what do ya want "))
		m.Write([]byte("for nothing?"))
		fmt.Printf("hmac %-10s %x\n  long key %x\n  again %v size %d block %d\n", h.name, sum, long.Sum(nil), hmac.Equal(sum, m.Sum(nil)), m.Size(), m.BlockSize())
	}
	fmt.Println(hmac.Equal([]byte("abc"), []byte("abd")), hmac.Equal(nil, []byte{}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		shared := sha256.New()
		hmac.New(func() hash.Hash { return shared }, nil)
	}()

	// crypto/subtle.
	fmt.Println(subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")), subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")), subtle.ConstantTimeCompare([]byte("ab"), []byte("abc")), subtle.ConstantTimeCompare(nil, nil))
	fmt.Println(subtle.ConstantTimeSelect(1, 4, 9), subtle.ConstantTimeSelect(0, 4, 9))
	fmt.Println(subtle.ConstantTimeByteEq(7, 7), subtle.ConstantTimeByteEq(7, 8), subtle.ConstantTimeByteEq(0, 255))
	fmt.Println(subtle.ConstantTimeEq(-5, -5), subtle.ConstantTimeEq(1<<31-1, -1<<31), subtle.ConstantTimeEq(0, 0))
	fmt.Println(subtle.ConstantTimeLessOrEq(3, 4), subtle.ConstantTimeLessOrEq(4, 4), subtle.ConstantTimeLessOrEq(5, 4), subtle.ConstantTimeLessOrEq(0, 1<<31-1))
	x := []byte("keep")
	subtle.ConstantTimeCopy(0, x, []byte("lose"))
	fmt.Print(string(x), " ")
	subtle.ConstantTimeCopy(1, x, []byte("took"))
	fmt.Println(string(x))
	dst := make([]byte, 4)
	fmt.Println(subtle.XORBytes(dst, []byte{1, 2, 3, 4, 5}, []byte{0xff, 0xf0, 0x0f}), hex.EncodeToString(dst))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		subtle.XORBytes(make([]byte, 1), []byte{1, 2}, []byte{3, 4})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		subtle.ConstantTimeCopy(1, make([]byte, 1), []byte{3, 4})
	}()
}

func short(s string) string {
	if len(s) > 40 {
		return s[:37] + "..."
	}
	return s
}
