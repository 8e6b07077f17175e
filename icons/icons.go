// Package icons holds Connection Doctor's application icon, embedded so the
// program carries it without files beside it. icon.svg is the source;
// `go run gen.go` in this folder renders icon.png from it.
package icons

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var iconPNG []byte

// App is the application icon (512×512 PNG).
var App = fyne.NewStaticResource("icon.png", iconPNG)
