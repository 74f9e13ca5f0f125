"""The documents area: make, preview, sign and print official documents; the register of issued documents."""
