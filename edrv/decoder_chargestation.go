package edrv

import "strconv"

// The hand-written decoder for [Chargestation] and its connectors (see
// decoder.go).

var (
	chargestationNames = fieldNames[Chargestation]()
	bootInfoNames      = fieldNames[BootInfo]()
	securityNames      = fieldNames[Security]()
	connectorNames     = fieldNames[Connector]()
)

func (d *decoder) chargestation(c *Chargestation) bool {
	if !d.open() {
		return false
	}
	var seen uint32
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint32
		switch key {
		case "_id":
			bit, ok = 1<<0, text(d, &c.ID)
		case "location":
			bit, ok = 1<<1, text(d, &c.Location)
		case "protocol":
			bit, ok = 1<<2, text(d, &c.Protocol)
		case "endpoint":
			bit, ok = 1<<3, text(d, &c.Endpoint)
		case "static_endpoint":
			bit, ok = 1<<4, text(d, &c.StaticEndpoint)
		case "online":
			bit, ok = 1<<5, d.bool(&c.Online)
		case "active":
			bit, ok = 1<<6, d.bool(&c.Active)
		case "public":
			bit, ok = 1<<7, d.bool(&c.Public)
		case "open_for_business":
			bit, ok = 1<<8, d.bool(&c.OpenForBusiness)
		case "is_simulator":
			bit, ok = 1<<9, d.bool(&c.IsSimulator)
		case "model":
			bit, ok = 1<<10, text(d, &c.Model)
		case "bootInfo":
			bit, c.BootInfo = 1<<11, nil
			if !d.isNull() {
				c.BootInfo = new(BootInfo)
				ok = d.bootInfo(c.BootInfo)
			}
		case "coordinates":
			bit, ok = 1<<12, d.coordinates(&c.Coordinates)
		case "connectors":
			bit = 1 << 13
			var n int
			if n, ok = d.array(); ok && n >= 0 {
				c.Connectors = make([]Connector, n)
				for k := 0; ; k++ {
					var more bool
					if more, ok = d.item(k, n); !more {
						break
					}
					if !d.isNull() && !d.connector(&c.Connectors[k]) {
						ok = false
						break
					}
				}
			}
		case "meta_data":
			bit, ok = 1<<14, d.rawValue(&c.MetaData)
		case "configuration":
			bit, ok = 1<<15, d.rawValue(&c.Configuration)
		case "connection_url":
			bit, ok = 1<<16, text(d, &c.ConnectionURL)
		case "security":
			bit, c.Security = 1<<17, nil
			if !d.isNull() {
				c.Security = new(Security)
				ok = d.security(c.Security)
			}
		case "lastConnectAt":
			bit, ok = 1<<18, d.time(&c.LastConnectAt)
		case "lastDisconnectAt":
			bit, ok = 1<<19, d.time(&c.LastDisconnectAt)
		case "lastMessageAt":
			bit, ok = 1<<20, d.time(&c.LastMessageAt)
		case "createdAt":
			bit, ok = 1<<21, d.time(&c.CreatedAt)
		case "updatedAt":
			bit, ok = 1<<22, d.time(&c.UpdatedAt)
		default:
			ok = d.unhandled(key, chargestationNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

func (d *decoder) bootInfo(b *BootInfo) bool {
	if !d.open() {
		return false
	}
	var seen uint16
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint16
		switch key {
		case "chargeBoxSerialNumber":
			bit, ok = 1<<0, text(d, &b.ChargeBoxSerialNumber)
		case "chargePointModel":
			bit, ok = 1<<1, text(d, &b.ChargePointModel)
		case "chargePointSerialNumber":
			bit, ok = 1<<2, text(d, &b.ChargePointSerialNumber)
		case "chargePointVendor":
			bit, ok = 1<<3, text(d, &b.ChargePointVendor)
		case "firmwareVersion":
			bit, ok = 1<<4, text(d, &b.FirmwareVersion)
		case "iccid":
			bit, ok = 1<<5, text(d, &b.ICCID)
		case "imsi":
			bit, ok = 1<<6, text(d, &b.IMSI)
		case "meterSerialNumber":
			bit, ok = 1<<7, text(d, &b.MeterSerialNumber)
		case "meterType":
			bit, ok = 1<<8, text(d, &b.MeterType)
		default:
			ok = d.unhandled(key, bootInfoNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

func (d *decoder) security(s *Security) bool {
	if !d.open() {
		return false
	}
	seen := false
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		if key == "type" {
			if seen || !text(d, &s.Type) {
				return false
			}
			seen = true
		} else if !d.unhandled(key, securityNames) {
			return false
		}
	}
}

// coordinates decodes like [Coordinates.UnmarshalJSON], reading the usual
// [lng, lat] itself.
func (d *decoder) coordinates(c *Coordinates) bool {
	start := d.i
	if d.cur() == '[' {
		var a [2]float64
		n, closed := 0, false
		d.i++
		for first := true; ; first = false {
			done, ok := d.elem(first)
			if !ok || done {
				closed = ok && done
				break
			}
			s := d.i
			if n == 2 || !d.number() {
				break
			}
			f, err := strconv.ParseFloat(d.s[s:d.i], 64)
			if err != nil {
				break
			}
			a[n] = f
			n++
		}
		if n == 2 && closed {
			*c = Coordinates{Lng: a[0], Lat: a[1], form: coordArray}
			return true
		}
		d.i = start
	}
	return d.skip() && c.UnmarshalJSON(d.b[start:d.i]) == nil
}

func (d *decoder) connector(c *Connector) bool {
	if !d.open() {
		return false
	}
	var seen uint16
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint16
		switch key {
		case "_id":
			bit, ok = 1<<0, text(d, &c.ID)
		case "active":
			bit, ok = 1<<1, d.bool(&c.Active)
		case "status":
			bit, ok = 1<<2, text(d, &c.Status)
		case "type":
			bit, ok = 1<<3, text(d, &c.Type)
		case "format":
			bit, ok = 1<<4, text(d, &c.Format)
		case "power_type":
			bit, ok = 1<<5, text(d, &c.PowerType)
		case "power":
			bit, ok = 1<<6, d.decimal(&c.Power)
		case "chargestation":
			bit, ok = 1<<7, text(d, &c.Chargestation)
		case "rate":
			bit, ok = 1<<8, d.rateRef(&c.Rate)
		case "evseId":
			bit, ok = 1<<9, d.decimal(&c.EVSEID)
		case "raw_message":
			bit, ok = 1<<10, d.rawValue(&c.RawMessage)
		case "createdAt":
			bit, ok = 1<<11, d.time(&c.CreatedAt)
		case "updatedAt":
			bit, ok = 1<<12, d.time(&c.UpdatedAt)
		default:
			ok = d.unhandled(key, connectorNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}
