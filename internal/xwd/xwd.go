// Package xwd decodes X Window Dump images (what `xwd -root` writes) of
// 24/32-bit TrueColor screens, so the screenshot tour can save what the X
// server shows as PNG without ImageMagick.
package xwd

import (
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
	"math/bits"
)

// header is the fixed part of an XWD file (version 7), 25 big-endian words.
type header struct {
	HeaderSize, FileVersion, PixmapFormat, PixmapDepth, Width, Height, XOffset, ByteOrder,
	BitmapUnit, BitmapBitOrder, BitmapPad, BitsPerPixel, BytesPerLine, VisualClass,
	RedMask, GreenMask, BlueMask, BitsPerRGB, ColormapEntries, NColors,
	WindowWidth, WindowHeight, WindowX, WindowY, WindowBorder uint32
}

// ErrUnsupported is returned for dumps other than 24/32-bit TrueColor
// ZPixmaps.
var ErrUnsupported = errors.New("xwd: only 24/32-bit TrueColor ZPixmap dumps are supported")

// Decode reads an XWD image.
func Decode(r io.Reader) (image.Image, error) {
	var h header
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return nil, fmt.Errorf("xwd: header: %w", err)
	}
	const fixed = 25 * 4
	if h.FileVersion != 7 || h.HeaderSize < fixed || h.HeaderSize > 1<<16 {
		return nil, fmt.Errorf("xwd: not an XWD version 7 file")
	}
	// The pixel size is bits_per_pixel: lines may be longer than the
	// pixels need (xwd writes 3-byte pixels in 4-byte-per-pixel lines of
	// Xvfb's screen while an OpenGL program runs).
	bpp := h.BitsPerPixel / 8
	if h.PixmapFormat != 2 || h.VisualClass != 4 && h.VisualClass != 5 || h.BytesPerLine < h.Width*bpp {
		return nil, ErrUnsupported
	}
	if bpp != 3 && bpp != 4 || h.Width == 0 || h.Height == 0 || h.Width > 1<<15 || h.Height > 1<<15 {
		return nil, ErrUnsupported
	}
	// Skip the window name and the colour map.
	if _, err := io.CopyN(io.Discard, r, int64(h.HeaderSize-fixed)+int64(h.NColors)*12); err != nil {
		return nil, fmt.Errorf("xwd: colour map: %w", err)
	}
	img := image.NewRGBA(image.Rect(0, 0, int(h.Width), int(h.Height)))
	line := make([]byte, h.BytesPerLine)
	for y := 0; y < int(h.Height); y++ {
		if _, err := io.ReadFull(r, line); err != nil {
			return nil, fmt.Errorf("xwd: pixels, line %d: %w", y, err)
		}
		for x := 0; x < int(h.Width); x++ {
			px := pixel(line[x*int(bpp):x*int(bpp)+int(bpp)], h.ByteOrder == 1)
			img.SetRGBA(x, y, color.RGBA{channel(px, h.RedMask), channel(px, h.GreenMask), channel(px, h.BlueMask), 255})
		}
	}
	return img, nil
}

// pixel assembles one pixel value from its bytes.
func pixel(b []byte, msbFirst bool) uint32 {
	var v uint32
	for i := range b {
		if msbFirst {
			v = v<<8 | uint32(b[i])
		} else {
			v |= uint32(b[i]) << (8 * i)
		}
	}
	return v
}

// channel extracts the 8-bit value under mask.
func channel(px, mask uint32) uint8 {
	if mask == 0 {
		return 0
	}
	v := (px & mask) >> bits.TrailingZeros32(mask)
	width := bits.OnesCount32(mask)
	if width >= 8 {
		return uint8(v >> (width - 8))
	}
	return uint8(v << (8 - width))
}
