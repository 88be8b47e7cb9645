package os

// Natives (see stdlib/NATIVES.md). The sys* functions are thin wrappers of the Linux
// system calls of the same name: they return the raw result and an errno (0 on
// success, else the positive Linux error number); this package turns errnos into
// *PathError and friends. Calls interrupted by signals (EINTR) are retried by the
// natives.

// runtimeArgs returns the program's command-line arguments, starting with the program
// name (for `minigo run prog.go a b`: the program path as given, then "a", "b").
func runtimeArgs() []string

// Exit causes the current program to exit with the given status code. Conventionally,
// code zero indicates success, non-zero an error. The program terminates immediately;
// deferred functions are not run. Standard output and error are unbuffered, so nothing
// is lost.
func Exit(code int)

// sysOpen is open(2): flag uses the O_* values of this package (Linux's), perm the
// permission bits for O_CREATE. O_CLOEXEC is implied.
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)

// sysClose is close(2).
func sysClose(fd int) (errno int)

// sysRead is read(2) into b; n == 0 with errno == 0 means end of file.
func sysRead(fd int, b []byte) (n int, errno int)

// sysWrite is write(2) of b; it may write less than len(b).
func sysWrite(fd int, b []byte) (n int, errno int)

// sysPread is pread(2).
func sysPread(fd int, b []byte, off int64) (n int, errno int)

// sysPwrite is pwrite(2).
func sysPwrite(fd int, b []byte, off int64) (n int, errno int)

// sysSeek is lseek(2) (whence 0, 1, 2 = SEEK_SET, SEEK_CUR, SEEK_END).
func sysSeek(fd int, offset int64, whence int) (off int64, errno int)

// sysFsync is fsync(2).
func sysFsync(fd int) (errno int)

// sysFtruncate is ftruncate(2).
func sysFtruncate(fd int, size int64) (errno int)

// sysStat is stat(2) (lstat(2) if !follow) of name: the raw st_mode, st_size, the
// modification time (st_mtim seconds and nanoseconds), st_dev and st_ino.
func sysStat(name string, follow bool) (mode uint32, size, mtimeSec, mtimeNsec int64, dev, ino uint64, errno int)

// sysFstat is fstat(2), with the results of sysStat.
func sysFstat(fd int) (mode uint32, size, mtimeSec, mtimeNsec int64, dev, ino uint64, errno int)

// sysMkdir is mkdir(2).
func sysMkdir(name string, perm uint32) (errno int)

// sysUnlink is unlink(2).
func sysUnlink(name string) (errno int)

// sysRmdir is rmdir(2).
func sysRmdir(name string) (errno int)

// sysRename is rename(2).
func sysRename(from, to string) (errno int)

// sysChmod is chmod(2) (mode: permission bits plus setuid 04000, setgid 02000 and
// sticky 01000).
func sysChmod(name string, mode uint32) (errno int)

// sysTruncate is truncate(2).
func sysTruncate(name string, size int64) (errno int)

// sysSymlink is symlink(2).
func sysSymlink(target, name string) (errno int)

// sysLink is link(2).
func sysLink(from, to string) (errno int)

// sysReadlink is readlink(2).
func sysReadlink(name string) (target string, errno int)

// sysReadDirNames returns the names of the entries of directory name (without "." and
// "..", in the order the system returns them).
func sysReadDirNames(name string) (names []string, errno int)

// sysGetwd is getcwd(3).
func sysGetwd() (dir string, errno int)

// sysChdir is chdir(2).
func sysChdir(dir string) (errno int)

// sysGetenv looks up the environment variable key.
func sysGetenv(key string) (value string, found bool)

// sysSetenv sets the environment variable key (errno EINVAL for an empty key or one
// containing '=' or NUL).
func sysSetenv(key, value string) (errno int)

// sysUnsetenv removes the environment variable key.
func sysUnsetenv(key string) (errno int)

// sysClearenv removes all environment variables.
func sysClearenv()

// sysEnviron returns the environment as "key=value" strings.
func sysEnviron() []string

// sysGetpid is getpid(2).
func sysGetpid() int

// sysGetppid is getppid(2).
func sysGetppid() int

// sysGetuid, sysGeteuid, sysGetgid and sysGetegid are the id system calls.
func sysGetuid() int

func sysGeteuid() int

func sysGetgid() int

func sysGetegid() int

// sysHostname returns the host name (uname(2)'s nodename).
func sysHostname() (name string, errno int)

// sysExecutable returns the path of the running executable (the minigo binary).
func sysExecutable() (path string, errno int)

// sysPipe is pipe2(2) with O_CLOEXEC: the read and the write descriptor.
func sysPipe() (r, w int, errno int)

// sysForkExec starts program path with arguments argv and environment envv in directory
// dir (the current one if empty); fds[i] becomes the child's descriptor i (-1: none).
// setsid, setpgid/pgid and pdeathsig are SysProcAttr's. errno reports a failure of fork
// or of any step in the child up to and including execve.
func sysForkExec(path string, argv, envv []string, dir string, fds []int, setsid, setpgid bool, pgid, pdeathsig int) (pid int, errno int)

// sysWaitReady blocks until child pid has ended, without collecting it (waitid with
// WNOWAIT).
func sysWaitReady(pid int) (errno int)

// sysWait4 is wait4(2) of child pid: its status word and resource usage (user and
// system CPU time in microseconds, peak resident set in KiB).
func sysWait4(pid int) (status int, utimeUs, stimeUs, maxrss int64, errno int)

// sysKill is kill(2).
func sysKill(pid, sig int) (errno int)

// sysChown is chown(2) (lchown(2) if !follow).
func sysChown(name string, uid, gid int, follow bool) (errno int)

// sysFchown is fchown(2).
func sysFchown(fd, uid, gid int) (errno int)

// sysUtimes is utimensat(2) of name with access and modification times in nanoseconds
// since 1970; an omitted time is left unchanged.
func sysUtimes(name string, atimeNs, mtimeNs int64, omitA, omitM bool) (errno int)

// sysGetgroups is getgroups(2).
func sysGetgroups() (gids []int, errno int)

// sysRandom fills b with random bytes from the kernel (getrandom(2)).
func sysRandom(b []byte)
