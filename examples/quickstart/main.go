// Command quickstart demonstrates evhooks end to end on a loopback listener.
package main

import "fmt"

func main() {
	fmt.Println("evhooks quickstart: the end-to-end demo arrives with package dispatch")
}
