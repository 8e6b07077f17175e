package app

import (
	"context"
	"net/url"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/report"
)

// settingsApps are the desktop programs that show the proxy settings on
// Linux, tried in order: a fixed program and arguments, never a shell.
var settingsApps = [][]string{
	{"gnome-control-center", "network"},
	{"systemsettings", "kcm_proxy"},
	{"systemsettings5", "proxy"},
}

// offersProxySettings reports whether the verdict is about the proxy.
func offersProxySettings(v *report.RunView) bool {
	return strings.HasPrefix(v.Verdict.Code, "proxy.")
}

// proxySettingsButton opens the system's proxy settings.
func (u *UI) proxySettingsButton() *ttwidget.Button {
	b := ttwidget.NewButtonWithIcon("Open proxy settings", theme.SettingsIcon(), func() {
		dialog.ShowConfirm("Open the proxy settings?", "The system's proxy settings open in a separate window. Nothing is changed until you change it there.", func(ok bool) {
			if ok {
				u.openProxySettings()
			}
		}, u.win)
	})
	b.SetToolTip("Open this computer's proxy settings")
	return b
}

// openProxySettings opens the settings page, or says where to find it.
func (u *UI) openProxySettings() {
	if runtime.GOOS == "windows" {
		if err := u.app.OpenURL(&url.URL{Scheme: "ms-settings", Opaque: "network-proxy"}); err == nil {
			return
		}
	}
	for _, argv := range settingsApps {
		path, err := exec.LookPath(argv[0])
		if err != nil {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		cmd := exec.CommandContext(ctx, path, argv[1:]...)
		if err := cmd.Start(); err == nil {
			go func() { cmd.Wait(); cancel() }()
			return
		}
		cancel()
	}
	dialog.ShowInformation("Proxy settings",
		"No settings program was found. The proxy is set in your desktop's network settings, or for command-line programs in the HTTPS_PROXY and HTTP_PROXY environment variables.", u.win)
}
