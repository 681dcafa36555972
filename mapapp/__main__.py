from mapapp.app import main

raise SystemExit(main())
