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

// TestDecodePacked24 reads a dump of 3-byte pixels in lines longer than
// they need (what xwd writes of Xvfb's screen while an OpenGL program
// runs: 24 bits per pixel, 4 bytes per pixel of line length). The pixel
// size comes from bits_per_pixel, not from the line length.
func TestDecodePacked24(t *testing.T) {
	const w, h = 4, 2
	var b bytes.Buffer
	hdr := header{HeaderSize: 100, FileVersion: 7, PixmapFormat: 2, PixmapDepth: 24, Width: w, Height: h,
		BitmapUnit: 32, BitmapPad: 8, BitsPerPixel: 24, BytesPerLine: w * 4, VisualClass: 5,
		RedMask: 0xff0000, GreenMask: 0xff00, BlueMask: 0xff, BitsPerRGB: 8, WindowWidth: w, WindowHeight: h}
	binary.Write(&b, binary.BigEndian, hdr)
	for y := 0; y < h; y++ {
		line := make([]byte, w*4)
		for x := 0; x < w; x++ {
			copy(line[x*3:], []byte{byte(10 * x), byte(100 + y), 0x33}) // blue, green, red
		}
		b.Write(line)
	}
	img, err := Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	if got := img.At(3, 1).(color.RGBA); got != (color.RGBA{0x33, 101, 30, 255}) {
		t.Errorf("pixel (3,1) = %v", got)
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
