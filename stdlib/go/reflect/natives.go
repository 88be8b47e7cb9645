package reflect

// The natives below are minigo's leaf operations for reflect (stdlib/NATIVES.md). A
// *rtype is the address of one of the VM's type descriptors; it is never dereferenced in
// Go code, only handed to natives. A ptr is the address of memory holding a value in
// Go's layout. Natives never call Go code: Value.Call asks the VM to make the call
// (reflectcall).

type rtype struct{ _ int }

// ptr is the address of a value in memory (heap, stack cell or static data).
type ptr = *byte

func typeOf(i any) *rtype
func rtKind(t *rtype) Kind
func rtString(t *rtype) string
func rtNamed(t *rtype) bool
func rtPkgPath(t *rtype) string
func rtSize(t *rtype) uintptr
func rtStride(t *rtype) uintptr
func rtWords(t *rtype) int
func rtElem(t *rtype) *rtype
func rtKey(t *rtype) *rtype
func rtLen(t *rtype) int
func rtChanDir(t *rtype) int
func rtNumField(t *rtype) int
func rtField(t *rtype, i int) (name, pkgPath string, typ *rtype, tag string, offset uintptr, embedded bool)
func rtNumMethod(t *rtype) int
func rtMethod(t *rtype, i int) (name string, sig *rtype, fn int)
func rtNumIn(t *rtype) int
func rtIn(t *rtype, i int) *rtype
func rtNumOut(t *rtype) int
func rtOut(t *rtype, i int) *rtype
func rtVariadic(t *rtype) bool
func rtComparable(t *rtype) bool
func rtImplements(t, u *rtype) bool
func rtIdenticalUnder(t, u *rtype) bool
func rtFuncOf(in, out []*rtype, variadic bool) *rtype
func rtDerived(kind Kind, elem, key *rtype, n int, dir int) *rtype

func unpackEface(i any) (*rtype, ptr)
func packEface(t *rtype, p ptr) any
func unsafeNew(t *rtype) ptr
func unsafeNewArray(t *rtype, n int) ptr
func addp(p ptr, off uintptr) ptr
func ldInt(t *rtype, p ptr) int64
func ldUint(t *rtype, p ptr) uint64
func ldFloat(t *rtype, p ptr) float64
func ldComplex(t *rtype, p ptr) complex128
func ldWord(p ptr) uintptr
func ldPtr(p ptr) ptr
func ldString(p ptr) string
func ldSlice(p ptr) (data ptr, n, c int)
func stScalar(t *rtype, p ptr, bits uint64)
func stComplex(t *rtype, p ptr, c complex128)
func stWords(p ptr, a, b, c uintptr, n int)
func stString(p ptr, s string)
func stPtr(p, q ptr)
func stSlice(p, data ptr, n, c int)
func stBytes(p ptr, b []byte)
func ldBytes(p ptr) []byte
func mkBytes(data ptr, n int) []byte
func typedmemmove(t *rtype, dst, src ptr)
func typedmemclr(t *rtype, p ptr)
func typedslicecopy(et *rtype, dst, src ptr, n int)
func valueEqual(t *rtype, a, b ptr) (eq, ok bool)
func setIface(it *rtype, dst ptr, src *rtype, p ptr) bool
func ifaceElem(t *rtype, p ptr) (*rtype, ptr)

func makemap(t *rtype, n int) ptr
func mapLen(m ptr) int
func mapaccess(t *rtype, m, key ptr) ptr
func mapassign(t *rtype, m, key, val ptr)
func mapdelete(t *rtype, m, key ptr)
func mapEntries(t *rtype, m ptr) (keys, vals ptr, n int)

func makechan(t *rtype, n int) ptr
func chanLen(c ptr) int
func chanCap(c ptr) int
func chanClose(c ptr)
func chanSend(t *rtype, c, p ptr, nb bool) bool
func chanRecv(t *rtype, c ptr, nb bool) (p ptr, selected, ok bool)

func newWords(n int) []uintptr
func wordsOf(t *rtype, p ptr, dst []uintptr, at int)
func recvWord(t *rtype, p ptr) uintptr
func fromWords(t *rtype, src []uintptr, at int) ptr
// rselect runs a select over the cases: channel words (0: nil, never ready), whether each
// sends (its value's words at buf[offs[i]:]) and its element type; offs[i] < 0 marks a
// default or absent case, skipped. chosen is -1 when nothing was ready and !block.
func rselect(chs []uintptr, send []bool, buf []uintptr, offs []int, elems []*rtype, block bool) (chosen int, p ptr, ok bool)
func makeFuncClosure(ftyp *rtype, impl func([]Value) []Value, stub func(), tramp func(*rtype, func([]Value) []Value, []uintptr) []uintptr) ptr
func makeFuncStub()
func makeFuncImpl(fn ptr) (impl func([]Value) []Value, ok bool)
func reflectcall(fn ptr, index int, args, out []uintptr)
