//go:build ignore

// gen rasterises icon.svg to icon.png: go run gen.go (from icons/).
package main

import (
	"image"
	"image/png"
	"log"
	"os"

	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
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
	f, err := os.Create("icon.png")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
}
