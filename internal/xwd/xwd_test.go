package xwd

import (
	"bytes"
	"encoding/binary"
	"image/color"
	"testing"
)

// dump builds an XWD file of w×h pixels, 4 bytes each, LSB first, the way
// Xvfb's 24-bit screens are dumped.
func dump(w, h uint32, name string, px func(x, y int) uint32) []byte {
	var b bytes.Buffer
	hdr := header{HeaderSize: 100 + uint32(len(name)) + 1, FileVersion: 7, PixmapFormat: 2, PixmapDepth: 24,
		Width: w, Height: h, BitmapUnit: 32, BitmapPad: 32, BitsPerPixel: 32, BytesPerLine: w * 4, VisualClass: 4,
		RedMask: 0xff0000, GreenMask: 0xff00, BlueMask: 0xff, BitsPerRGB: 8, ColormapEntries: 256, NColors: 2,
		WindowWidth: w, WindowHeight: h}
	binary.Write(&b, binary.BigEndian, hdr)
	b.WriteString(name + "\x00")
	b.Write(make([]byte, 2*12))
	for y := 0; y < int(h); y++ {
		for x := 0; x < int(w); x++ {
			binary.Write(&b, binary.LittleEndian, px(x, y))
		}
	}
	return b.Bytes()
}

func TestDecode(t *testing.T) {
	data := dump(3, 2, "xwdump", func(x, y int) uint32 { return uint32(x*80)<<16 | uint32(y*200)<<8 | 0x11 })
	img, err := Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if got := img.At(2, 1).(color.RGBA); got != (color.RGBA{160, 200, 0x11, 255}) {
		t.Errorf("pixel (2,1) = %v", got)
	}
	if b := img.Bounds(); b.Dx() != 3 || b.Dy() != 2 {
		t.Errorf("size %v", b)
	}
}

func TestDecodeRejects(t *testing.T) {
	good := dump(2, 2, "x", func(int, int) uint32 { return 0 })
	cases := map[string][]byte{
		"empty":     nil,
		"truncated": good[:len(good)-3],
		"version":   append([]byte{0, 0, 0, 100, 0, 0, 0, 6}, good[8:]...),
	}
	palette := append([]byte(nil), good...)
	binary.BigEndian.PutUint32(palette[13*4:], 3) // PseudoColor
	cases["pseudocolor"] = palette
	for name, data := range cases {
		if _, err := Decode(bytes.NewReader(data)); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(dump(2, 2, "x", func(x, y int) uint32 { return uint32(x + y) }))
	f.Fuzz(func(t *testing.T, b []byte) { Decode(bytes.NewReader(b)) })
}
