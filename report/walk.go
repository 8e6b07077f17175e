package report

import (
	"reflect"
	"sort"
	"strings"
)

// deepCopy returns a copy of *p sharing nothing that can change: pointers,
// slices and maps are copied all the way down. Unexported fields are left
// zero (they are never stored or shown: a proxy URL with its password, the
// start of a response body), except in types that keep all their state
// private, such as time.Time, which are values and copied whole.
func deepCopy[T any](p *T) *T {
	c := reflect.New(reflect.TypeFor[T]())
	c.Elem().Set(cloneValue(reflect.ValueOf(p).Elem()))
	return c.Interface().(*T)
}

func cloneValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Type().Elem())
		n.Elem().Set(cloneValue(v.Elem()))
		return n
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Type()).Elem()
		n.Set(cloneValue(v.Elem()))
		return n
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		n := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			n.Index(i).Set(cloneValue(v.Index(i)))
		}
		return n
	case reflect.Array:
		n := reflect.New(v.Type()).Elem()
		for i := range v.Len() {
			n.Index(i).Set(cloneValue(v.Index(i)))
		}
		return n
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		n := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			n.SetMapIndex(cloneValue(it.Key()), cloneValue(it.Value()))
		}
		return n
	case reflect.Struct:
		return cloneStruct(v)
	}
	return v
}

func cloneStruct(v reflect.Value) reflect.Value {
	t := v.Type()
	n := reflect.New(t).Elem()
	exported := false
	for i := range t.NumField() {
		if t.Field(i).IsExported() {
			exported = true
			n.Field(i).Set(cloneValue(v.Field(i)))
		}
	}
	if !exported {
		n.Set(v)
	}
	return n
}

// eachString calls fn on every exported string field, slice element and
// map value reachable from p (a pointer) and stores what fn returns. fn is
// told where the string sits: the JSON name of the field holding it, or the
// lower-cased key of the map holding it ("no_proxy"). Maps are visited in
// key order, so the walk is the same every time.
func eachString(p any, fn func(key, s string) string) {
	walkStrings(reflect.ValueOf(p), "", fn)
}

func walkStrings(v reflect.Value, key string, fn func(key, s string) string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkStrings(v.Elem(), key, fn)
		}
	case reflect.Interface:
		if v.IsNil() || !v.CanSet() {
			return
		}
		e := reflect.New(v.Elem().Type()).Elem()
		e.Set(v.Elem())
		walkStrings(e, key, fn)
		v.Set(e)
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			k := key
			if !f.Anonymous {
				k = jsonName(f)
			}
			walkStrings(v.Field(i), k, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkStrings(v.Index(i), key, fn)
		}
	case reflect.Map:
		walkMap(v, key, fn)
	case reflect.String:
		if v.CanSet() {
			v.SetString(fn(key, v.String()))
		}
	}
}

func walkMap(v reflect.Value, key string, fn func(key, s string) string) {
	keys := v.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, mk := range keys {
		k := key
		if mk.Kind() == reflect.String {
			k = strings.ToLower(mk.String())
		}
		e := reflect.New(v.Type().Elem()).Elem()
		e.Set(v.MapIndex(mk))
		walkStrings(e, k, fn)
		v.SetMapIndex(mk, e)
	}
}

// jsonName is the name a field has in JSON: its tag's name, else the field
// name in lower case.
func jsonName(f reflect.StructField) string {
	if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name != "" && name != "-" {
		return name
	}
	return strings.ToLower(f.Name)
}
