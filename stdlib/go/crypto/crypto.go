// Package crypto names the hash functions (Hash) that other packages implement and
// register, and declares the interfaces of keys.
package crypto

import (
	"hash"
	"io"
	"strconv"
)

// Hash names a hash function; the packages implementing them register themselves.
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

// Panic texts and the name of unknown values, as Go words them.
const (
	errSizeUnknown     = "crypto: Size of unknown hash function"
	errRegisterUnknown = "crypto: RegisterHash of unknown hash function"
	unavailablePrefix  = "crypto: requested hash function #"
	unavailableSuffix  = " is unavailable"
	unknownHashText    = "unknown hash value "
)

// constructors are the registered implementations (RegisterHash).
var constructors [maxHash]func() hash.Hash

func (h Hash) known() bool { return h > 0 && h < maxHash }

// HashFunc is h itself, so that a Hash can serve as SignerOpts.
func (h Hash) HashFunc() Hash { return h }

func (h Hash) String() string {
	if h.known() {
		return hashInfo[h].name
	}
	return unknownHashText + strconv.Itoa(int(h))
}

// Size is the digest length of h in bytes; it is known for every listed function,
// whether or not a package implementing it was imported.
func (h Hash) Size() int {
	if h.known() {
		return hashInfo[h].size
	}
	panic(errSizeUnknown)
}

// New makes a hash.Hash computing h; it panics when no imported package implements h.
func (h Hash) New() hash.Hash {
	if h.known() && constructors[h] != nil {
		return constructors[h]()
	}
	panic(unavailablePrefix + strconv.Itoa(int(h)) + unavailableSuffix)
}

// Available says whether some imported package registered an implementation of h.
func (h Hash) Available() bool { return h.known() && constructors[h] != nil }

// RegisterHash records f as the implementation of h (hash packages do it in init).
func RegisterHash(h Hash, f func() hash.Hash) {
	if !h.known() {
		panic(errRegisterUnknown)
	}
	constructors[h] = f
}

// PublicKey is a public key of any algorithm.
type PublicKey any

// PrivateKey is a private key of any algorithm.
type PrivateKey any

// Signer is a private key that signs digests without showing itself.
type Signer interface {
	Public() PublicKey
	Sign(random io.Reader, digest []byte, opts SignerOpts) ([]byte, error)
}

// SignerOpts are the options of Signer.Sign, naming at least the hash used.
type SignerOpts interface {
	HashFunc() Hash
}

// Decrypter is a private key that decrypts without showing itself.
type Decrypter interface {
	Public() PublicKey
	Decrypt(random io.Reader, ciphertext []byte, opts DecrypterOpts) ([]byte, error)
}

// DecrypterOpts holds options for decryption; its type depends on the Decrypter.
type DecrypterOpts any
