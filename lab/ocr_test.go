//go:build linux

package lab

import (
	"context"
	"fmt"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Fyne draws its widgets itself, so no accessibility tree tells where a
// button is. The end-to-end drive finds what to click the way a person
// does: by the words on the screen, read by tesseract.

// word is one word read on the screen, in screen coordinates.
type word struct {
	text string
	box  image.Rectangle
}

// ocrScale enlarges the screen before reading: tesseract reads the
// wizard's 14 px text far better at twice the size.
const ocrScale = 2

// reading is what tesseract read of one screen. It reads as sparse words
// first (page segmentation mode 11: tabs, labels, codes); only when a
// phrase is not found does it read again as blocks of text (mode 3, which
// finds the light text on coloured buttons that mode 11 skips).
type reading struct {
	ctx    context.Context
	file   string
	origin image.Point
	words  []word
	both   bool
}

// readScreen reads the words in area of img; dir holds the image
// tesseract reads.
func readScreen(ctx context.Context, dir string, img *image.RGBA, area image.Rectangle) (*reading, error) {
	area = area.Intersect(img.Bounds())
	r := &reading{ctx: ctx, file: filepath.Join(dir, "ocr.png"), origin: area.Min}
	if err := savePNG(r.file, forOCR(img, area)); err != nil {
		return nil, err
	}
	var err error
	r.words, err = r.tesseract("11")
	return r, err
}

// tesseract reads the prepared image in one page segmentation mode.
func (r *reading) tesseract(psm string) ([]word, error) {
	ctx, cancel := context.WithTimeout(r.ctx, 60*time.Second)
	defer cancel()
	c := exec.CommandContext(ctx, "tesseract", r.file, "stdout", "--psm", psm, "tsv")
	// One thread: the machine's cores are busy with the wizard and the lab.
	c.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	out, err := c.Output()
	if err != nil {
		return nil, fmt.Errorf("tesseract: %w", err)
	}
	return parseTSV(string(out), r.origin, ocrScale), nil
}

// all returns every word read, reading the second way first if that has
// not been done.
func (r *reading) all() ([]word, error) {
	if !r.both {
		blocks, err := r.tesseract("3")
		if err != nil {
			return r.words, err
		}
		r.words, r.both = merge(r.words, blocks), true
	}
	return r.words, nil
}

// find returns where phrase stands, reading the second way when the first
// did not find it.
func (r *reading) find(phrase string) ([]image.Rectangle, error) {
	if boxes := findPhrase(r.words, phrase); len(boxes) > 0 {
		return boxes, nil
	}
	words, err := r.all()
	return findPhrase(words, phrase), err
}

// text is the words read, for messages.
func (r *reading) text() string {
	var b strings.Builder
	for i, w := range r.words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// merge adds to a the words of b that overlap none of a's.
func merge(a, b []word) []word {
	out := a
	for _, w := range b {
		free := true
		for _, o := range a {
			if w.box.Overlaps(o.box) {
				free = false
				break
			}
		}
		if free {
			out = append(out, w)
		}
	}
	return out
}

// forOCR turns area of img into black text on white, ocrScale times
// larger. On the page, a pixel is ink when its brightness is far from the
// background's (the commonest brightness of its tile and of each tile
// around it, see ink): light and dark themes, coloured
// and greyed-out text all come out black. Inside coloured areas (buttons,
// banners: mostly saturated pixels around) the background is the mean
// brightness of the area's coloured pixels instead, so white text on a
// blue button and dark text on a red banner come out black too.
func forOCR(img *image.RGBA, area image.Rectangle) *image.Gray {
	w, h := area.Dx(), area.Dy()
	lum := make([]uint8, w*h)
	// sat and sum count saturated pixels and add up their brightness above
	// and left of each point (integral images), for sums over windows.
	sat := make([]int32, (w+1)*(h+1))
	sum := make([]int32, (w+1)*(h+1))
	for y := 0; y < h; y++ {
		var rowSat, rowSum int32
		for x := 0; x < w; x++ {
			c := img.RGBAAt(area.Min.X+x, area.Min.Y+y)
			l := uint8((299*int(c.R) + 587*int(c.G) + 114*int(c.B)) / 1000)
			lum[y*w+x] = l
			if saturated(c.R, c.G, c.B) {
				rowSat++
				rowSum += int32(l)
			}
			i := (y+1)*(w+1) + x + 1
			sat[i] = sat[i-w-1] + rowSat
			sum[i] = sum[i-w-1] + rowSum
		}
	}
	// The backgrounds are the commonest brightness of each tile: a light
	// dialog over a dimmed page has two.
	tiles := tileGrounds(lum, w, h)
	tw := (w + ocrTile - 1) / ocrTile
	const r = 5 // the coloured-area window is 11×11
	out := image.NewGray(image.Rect(0, 0, w*ocrScale, h*ocrScale))
	for y := 0; y < h; y++ {
		y0, y1 := max(0, y-r), min(h, y+r+1)
		for x := 0; x < w; x++ {
			x0, x1 := max(0, x-r), min(w, x+r+1)
			window := func(a []int32) int {
				return int(a[y1*(w+1)+x1] - a[y0*(w+1)+x1] - a[y1*(w+1)+x0] + a[y0*(w+1)+x0])
			}
			ground := -1 // the tiles' backgrounds decide, see ink
			if n := window(sat); 2*n > (y1-y0)*(x1-x0) {
				ground = window(sum) / n
			}
			v := uint8(255)
			if ground >= 0 {
				if d := int(lum[y*w+x]) - ground; max(d, -d) > ocrInk {
					v = 0
				}
			} else if ink(int(lum[y*w+x]), tiles, tw, x/ocrTile, y/ocrTile) {
				v = 0
			}
			for dy := 0; dy < ocrScale; dy++ {
				row := out.Pix[(y*ocrScale+dy)*out.Stride:]
				for dx := 0; dx < ocrScale; dx++ {
					row[x*ocrScale+dx] = v
				}
			}
		}
	}
	return out
}

// ocrTile is the side of the square tiles whose commonest brightness is
// their background: small enough that a dialog's edge cuts few tiles,
// large enough that text covers less than half of one.
const ocrTile = 48

// tileGrounds returns the commonest brightness of each ocrTile-square tile
// of a w×h brightness image, row by row.
func tileGrounds(lum []uint8, w, h int) []int {
	tw, th := (w+ocrTile-1)/ocrTile, (h+ocrTile-1)/ocrTile
	out := make([]int, tw*th)
	for ty := 0; ty < th; ty++ {
		for tx := 0; tx < tw; tx++ {
			var hist [256]int
			for y := ty * ocrTile; y < min(h, (ty+1)*ocrTile); y++ {
				for _, l := range lum[y*w+tx*ocrTile : y*w+min(w, (tx+1)*ocrTile)] {
					hist[l]++
				}
			}
			bg := 0
			for l, n := range hist {
				if n > hist[bg] {
					bg = l
				}
			}
			out[ty*tw+tx] = bg
		}
	}
	return out
}

// ink says whether brightness l, in tile (tx, ty), is far from the
// background of that tile and of each tile around it: a pixel of a
// dialog's background in a tile mostly of the dimmed page beside it is
// near the next tile's background, and stays white. (Dark text right
// beside a dark area can be lost: a light dialog's title under a dimmed
// banner is.)
func ink(l int, tiles []int, tw, tx, ty int) bool {
	th := len(tiles) / tw
	for y := max(0, ty-1); y <= min(th-1, ty+1); y++ {
		for x := max(0, tx-1); x <= min(tw-1, tx+1); x++ {
			if d := l - tiles[y*tw+x]; max(d, -d) <= ocrInk {
				return false
			}
		}
	}
	return true
}

// saturated says a colour is clearly a colour, not a grey.
func saturated(r, g, b uint8) bool {
	hi, lo := max(r, g, b), min(r, g, b)
	return hi > 60 && int(hi-lo)*10 > int(hi)*3
}

// ocrInk is how far in brightness from its background a pixel must be to
// be ink: black or white, nothing between, so the faint edges of menus and
// fields do not cut the text into pieces.
const ocrInk = 45

// parseTSV reads tesseract's TSV output (level, page, block, paragraph,
// line, word, left, top, width, height, confidence, text) into words at
// origin, undoing the enlargement.
func parseTSV(tsv string, origin image.Point, scale int) []word {
	var words []word
	for _, line := range strings.Split(tsv, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 12 || f[0] != "5" || strings.TrimSpace(f[11]) == "" {
			continue
		}
		var n [4]int
		ok := true
		for i := range n {
			v, err := strconv.Atoi(f[6+i])
			n[i], ok = v/scale, ok && err == nil
		}
		if !ok {
			continue
		}
		at := origin.Add(image.Pt(n[0], n[1]))
		words = append(words, word{text: f[11], box: image.Rectangle{Min: at, Max: at.Add(image.Pt(n[2], n[3]))}})
	}
	return words
}
