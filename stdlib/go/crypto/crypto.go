// Package crypto collects common cryptographic constants: the Hash identifiers that
// name the hash functions of the standard library, and the interfaces of keys.
package crypto

import (
	"hash"
	"io"
	"strconv"
)

// Hash identifies a cryptographic hash function that is implemented in another package.
type Hash uint

// The hash functions, numbered as Go numbers them.
const (
	MD4 Hash = 1 + iota
	MD5
	SHA1
	SHA224
	SHA256
	SHA384
	SHA512
	MD5SHA1
	RIPEMD160
	SHA3_224
	SHA3_256
	SHA3_384
	SHA3_512
	SHA512_224
	SHA512_256
	BLAKE2s_256
	BLAKE2b_256
	BLAKE2b_384
	BLAKE2b_512
	maxHash
)

// hashInfo is what is known of each function: its name and digest size.
var hashInfo = [maxHash]struct {
	name string
	size int
}{
	MD4:         {"MD4", 16},
	MD5:         {"MD5", 16},
	SHA1:        {"SHA-1", 20},
	SHA224:      {"SHA-224", 28},
	SHA256:      {"SHA-256", 32},
	SHA384:      {"SHA-384", 48},
	SHA512:      {"SHA-512", 64},
	MD5SHA1:     {"MD5+SHA1", 36},
	RIPEMD160:   {"RIPEMD-160", 20},
	SHA3_224:    {"SHA3-224", 28},
	SHA3_256:    {"SHA3-256", 32},
	SHA3_384:    {"SHA3-384", 48},
	SHA3_512:    {"SHA3-512", 64},
	SHA512_224:  {"SHA-512/224", 28},
	SHA512_256:  {"SHA-512/256", 32},
	BLAKE2s_256: {"BLAKE2s-256", 32},
	BLAKE2b_256: {"BLAKE2b-256", 32},
	BLAKE2b_384: {"BLAKE2b-384", 48},
	BLAKE2b_512: {"BLAKE2b-512", 64},
}

// constructors are the registered implementations (RegisterHash).
var constructors [maxHash]func() hash.Hash

func (h Hash) known() bool { return h > 0 && h < maxHash }

// HashFunc simply returns the value of h so that Hash implements SignerOpts.
func (h Hash) HashFunc() Hash { return h }

func (h Hash) String() string {
	if h.known() {
		return hashInfo[h].name
	}
	return "unknown hash value " + strconv.Itoa(int(h))
}

// Size returns the length, in bytes, of a digest resulting from the given hash
// function. It doesn't require that the hash function in question be linked into the
// program.
func (h Hash) Size() int {
	if h.known() {
		return hashInfo[h].size
	}
	panic("crypto: Size of unknown hash function")
}

// New returns a new hash.Hash calculating the given hash function. New panics if the
// hash function is not linked into the binary.
func (h Hash) New() hash.Hash {
	if h.known() && constructors[h] != nil {
		return constructors[h]()
	}
	panic("crypto: requested hash function #" + strconv.Itoa(int(h)) + " is unavailable")
}

// Available reports whether the given hash function is linked into the binary.
func (h Hash) Available() bool { return h.known() && constructors[h] != nil }

// RegisterHash registers a function that returns a new instance of the given hash
// function. This is intended to be called from the init function in packages that
// implement hash functions.
func RegisterHash(h Hash, f func() hash.Hash) {
	if !h.known() {
		panic("crypto: RegisterHash of unknown hash function")
	}
	constructors[h] = f
}

// PublicKey represents a public key using an unspecified algorithm.
type PublicKey any

// PrivateKey represents a private key using an unspecified algorithm.
type PrivateKey any

// Signer is an interface for an opaque private key that can be used for signing
// operations.
type Signer interface {
	Public() PublicKey
	Sign(rand io.Reader, digest []byte, opts SignerOpts) (signature []byte, err error)
}

// SignerOpts contains options for signing with a Signer.
type SignerOpts interface {
	HashFunc() Hash
}

// Decrypter is an interface for an opaque private key that can be used for asymmetric
// decryption operations.
type Decrypter interface {
	Public() PublicKey
	Decrypt(rand io.Reader, msg []byte, opts DecrypterOpts) (plaintext []byte, err error)
}

// DecrypterOpts holds options for decryption; its type depends on the Decrypter.
type DecrypterOpts any
