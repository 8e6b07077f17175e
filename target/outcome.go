package target

import "strings"

// connectedWords are wget's "connected." in every language its messages
// are translated to (wget's po/*.po, msgid "connected.\n"), lower-cased:
// the outcome it prints after the ellipsis of "Connecting to x
// (x)|10.0.0.5|:443... ".
var connectedWords = []string{"connected", "далучэньне ўсталявана", "успешно свързване", "connectat", "spojeno",
	"forbundet", "verbunden", "συνδέθηκε", "konektita", "conectado", "ühendus loodud", "konektatua", "yhdistetty",
	"connecté", "ceangailte", "spojen", "kapcsolódva", "terhubung", "connesso", "接続しました", "prisijungta",
	"połączono", "conectat", "соединение установлено", "pripojené", "priključen", "повезано",
	"ansluten", "bağlantı kuruldu", "під'єднано", "đã kết nối", "已连接", "連上了"}

// stepSucceeded reports whether a lower-case line announces a step and
// says, after its ellipsis, that the step worked: wget's "Connecting to x
// (x)|10.0.0.5|:443... connected." in any language ("正在连接 …|:443...
// 已连接。"). Such a line reports no failure, though it names the host and
// address as a failing connect does; a redirect's next connection, or the
// next address, is the one that failed.
func stepSucceeded(low string) bool {
	k := strings.LastIndex(low, "...")
	n := 3
	if j := strings.LastIndex(low, "…"); j > k {
		k, n = j, len("…")
	}
	if k < 0 {
		return false
	}
	after := strings.TrimLeft(low[k+n:], " \t")
	for _, w := range connectedWords {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}
