//go:build ignore

// gen rasterises icon.svg to icon.png and icon.ico (for the Windows
// executable): go run gen.go (from icons/).
package main

import (
	"image"
	"image/png"
	"log"
	"os"

	"github.com/fyne-io/image/ico"
	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
	xdraw "golang.org/x/image/draw"
)

func main() {
	in, err := oksvg.ReadIcon("icon.svg", oksvg.StrictErrorMode)
	if err != nil {
		log.Fatal(err)
	}
	const size = 512
	in.SetTarget(0, 0, size, size)
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	in.Draw(rasterx.NewDasher(size, size, rasterx.NewScannerGV(size, size, img, img.Bounds())), 1)
	write("icon.png", func(f *os.File) error { return png.Encode(f, img) })
	// Windows shows icons up to 256×256.
	small := image.NewRGBA(image.Rect(0, 0, 256, 256))
	xdraw.CatmullRom.Scale(small, small.Bounds(), img, img.Bounds(), xdraw.Over, nil)
	write("icon.ico", func(f *os.File) error { return ico.Encode(f, small) })
}

func write(name string, enc func(*os.File) error) {
	f, err := os.Create(name)
	if err != nil {
		log.Fatal(err)
	}
	if err := enc(f); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
