package time

import "errors"

// The binary form of a Time (MarshalBinary, GobEncode): a version byte, the seconds
// since January 1 of year 1 UTC (8 bytes, big-endian), the nanoseconds (4 bytes) and the
// zone offset in whole minutes (2 bytes; -1 for UTC). Version 2 adds a byte with the
// offset's remaining seconds, for offsets that are not whole minutes.

// MarshalBinary encodes t in the binary form above (encoding.BinaryMarshaler).
func (t Time) MarshalBinary() ([]byte, error) {
	minutes, seconds := -1, 0
	if t.Location() != UTC {
		_, offset := t.Zone()
		minutes, seconds = offset/60, offset%60
		if minutes == -1 || minutes < -1<<15 || minutes >= 1<<15 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
	}
	b := make([]byte, 0, 16)
	version := byte(1)
	if seconds != 0 {
		version = 2
	}
	b = append(b, version)
	b = appendBigEndian(b, uint64(t.sec), 8)
	b = appendBigEndian(b, uint64(t.nsec), 4)
	b = appendBigEndian(b, uint64(minutes), 2)
	if version == 2 {
		b = append(b, byte(seconds))
	}
	return b, nil
}

func appendBigEndian(b []byte, v uint64, size int) []byte {
	for shift := 8 * (size - 1); shift >= 0; shift -= 8 {
		b = append(b, byte(v>>shift))
	}
	return b
}

func bigEndian(b []byte) uint64 {
	var v uint64
	for _, c := range b {
		v = v<<8 | uint64(c)
	}
	return v
}

// UnmarshalBinary decodes the binary form into t (encoding.BinaryUnmarshaler).
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	want := 0
	switch data[0] {
	case 1:
		want = 15
	case 2:
		want = 16
	default:
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	sec := int64(bigEndian(data[1:9]))
	nsec := int64(int32(bigEndian(data[9:13])))
	offset := int(int16(bigEndian(data[13:15]))) * 60
	if want == 16 {
		offset += int(data[15]) // read back unsigned, as Go does
	}
	*t = Time{sec: sec, nsec: nsec}
	switch _, local, _, _, _ := Local.zoneAt(sec - unixToInternal); {
	case offset == -60:
		t.place(&utcLoc)
	case offset == local:
		t.place(Local)
	default:
		t.place(FixedZone("", offset))
	}
	return nil
}

// GobEncode is MarshalBinary, for encoding/gob.
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode is UnmarshalBinary, for encoding/gob.
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
